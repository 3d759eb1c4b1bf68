using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PersonIin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Iin",
                table: "RegisterEntries",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sex",
                table: "RegisterEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Iin",
                table: "Applications",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Personal_Iin",
                table: "Applications",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sex",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_Iin",
                table: "RegisterEntries",
                column: "Iin",
                unique: true,
                filter: "\"Iin\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Iin",
                table: "Applications",
                column: "Iin",
                filter: "\"Iin\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_Iin",
                table: "RegisterEntries");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Iin",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Iin",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "Sex",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "Iin",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Personal_Iin",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Sex",
                table: "Applications");
        }
    }
}

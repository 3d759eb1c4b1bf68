using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class StaffNameIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameIndex(
                name: "IX_RegisterEntries_Region_NameKey",
                table: "RegisterEntries",
                newName: "IX_RegisterEntries_Public_Region_NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_NameKey",
                table: "RegisterEntries",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_Region_NameKey",
                table: "RegisterEntries",
                columns: new[] { "RegionId", "NameKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_NameKey",
                table: "RegisterEntries");

            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_Region_NameKey",
                table: "RegisterEntries");

            migrationBuilder.RenameIndex(
                name: "IX_RegisterEntries_Public_Region_NameKey",
                table: "RegisterEntries",
                newName: "IX_RegisterEntries_Region_NameKey");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class BoardDecidedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_DecidedAtUtc",
                table: "Applications",
                columns: new[] { "Status", "DecidedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_Status_DecidedAtUtc",
                table: "Applications");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class StaffIndexesCarryConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_NameKey",
                table: "RegisterEntries");

            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_Region_NameKey",
                table: "RegisterEntries");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_NameKey",
                table: "RegisterEntries",
                columns: new[] { "NameKey", "Id", "IsPublic" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_Region_NameKey",
                table: "RegisterEntries",
                columns: new[] { "RegionId", "NameKey", "Id", "IsPublic" });
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

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_NameKey",
                table: "RegisterEntries",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_Region_NameKey",
                table: "RegisterEntries",
                columns: new[] { "RegionId", "NameKey" });
        }
    }
}

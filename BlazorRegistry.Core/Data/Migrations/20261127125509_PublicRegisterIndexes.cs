using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublicRegisterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_IsPublic_IncludedOn",
                table: "RegisterEntries");

            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_IsPublic_NameKey",
                table: "RegisterEntries");

            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_IsPublic_ProfessionId_NameKey",
                table: "RegisterEntries");

            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_IsPublic_RegionId_NameKey",
                table: "RegisterEntries");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_Public_Category_NameKey",
                table: "RegisterEntries",
                columns: new[] { "CurrentCategoryId", "NameKey" },
                filter: "\"IsPublic\"");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_Public_IncludedOn",
                table: "RegisterEntries",
                column: "IncludedOn",
                filter: "\"IsPublic\"");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_Public_NameKey",
                table: "RegisterEntries",
                column: "NameKey",
                filter: "\"IsPublic\"");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_Public_Profession_NameKey",
                table: "RegisterEntries",
                columns: new[] { "ProfessionId", "NameKey" },
                filter: "\"IsPublic\"");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_Region_NameKey",
                table: "RegisterEntries",
                columns: new[] { "RegionId", "NameKey" },
                filter: "\"IsPublic\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_Public_Category_NameKey",
                table: "RegisterEntries");

            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_Public_IncludedOn",
                table: "RegisterEntries");

            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_Public_NameKey",
                table: "RegisterEntries");

            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_Public_Profession_NameKey",
                table: "RegisterEntries");

            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_Region_NameKey",
                table: "RegisterEntries");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_IsPublic_IncludedOn",
                table: "RegisterEntries",
                columns: new[] { "IsPublic", "IncludedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_IsPublic_NameKey",
                table: "RegisterEntries",
                columns: new[] { "IsPublic", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_IsPublic_ProfessionId_NameKey",
                table: "RegisterEntries",
                columns: new[] { "IsPublic", "ProfessionId", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_IsPublic_RegionId_NameKey",
                table: "RegisterEntries",
                columns: new[] { "IsPublic", "RegionId", "NameKey" });
        }
    }
}

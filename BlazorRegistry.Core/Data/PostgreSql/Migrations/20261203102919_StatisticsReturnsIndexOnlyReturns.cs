using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsReturnsIndexOnlyReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ApplicationHistory_Action_AtUtc_ReturnReasons_ApplicationId",
                table: "ApplicationHistory");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationHistory_Returns",
                table: "ApplicationHistory",
                columns: new[] { "AtUtc", "ReturnReasons", "ApplicationId" },
                filter: "\"Action\" = 6");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ApplicationHistory_Returns",
                table: "ApplicationHistory");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationHistory_Action_AtUtc_ReturnReasons_ApplicationId",
                table: "ApplicationHistory",
                columns: new[] { "Action", "AtUtc", "ReturnReasons", "ApplicationId" });
        }
    }
}

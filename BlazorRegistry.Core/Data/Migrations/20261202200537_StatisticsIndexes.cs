using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ApplicationHistory_Action_AtUtc_ReturnReasons_ApplicationId",
                table: "ApplicationHistory",
                columns: new[] { "Action", "AtUtc", "ReturnReasons", "ApplicationId" });

            // Covering indexes for /statistics (Core/Review/ReviewStatistics.cs): every figure groups rows of these
            // columns only, so SQLite reads the index and never the wide application rows (JSON, snapshots). Written
            // in SQL because the region and profession are columns of complex properties, which HasIndex cannot name.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Applications_Statistics_Received" ON "Applications"
                    ("FirstSubmittedAtUtc", "Status", "Address_RegionId", "Profession_ProfessionId");
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Applications_Statistics_Decided" ON "Applications"
                    ("DecidedAtUtc", "LastSubmittedAtUtc", "DecisionDeadline", "Status", "RefusalReason", "Address_RegionId", "Profession_ProfessionId");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Applications_Statistics_Received";""");
            migrationBuilder.Sql("""DROP INDEX "IX_Applications_Statistics_Decided";""");
            migrationBuilder.DropIndex(
                name: "IX_ApplicationHistory_Action_AtUtc_ReturnReasons_ApplicationId",
                table: "ApplicationHistory");
        }
    }
}

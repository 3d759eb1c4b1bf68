using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DecidedOn",
                table: "Applications",
                type: "TEXT",
                nullable: true,
                computedColumnSql: "date(\"DecidedAtUtc\", '+5 hours')",
                stored: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastReceivedOn",
                table: "Applications",
                type: "TEXT",
                nullable: true,
                computedColumnSql: "date(\"LastSubmittedAtUtc\", '+5 hours')",
                stored: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                table: "Applications",
                type: "TEXT",
                nullable: true,
                computedColumnSql: "date(\"FirstSubmittedAtUtc\", '+5 hours')",
                stored: false);

            // The statistics group by these days: the indexes lead with them, so SQLite reads groups in index order
            // (no sort) and never the wide application rows. They replace StatisticsIndexes' two, which led with times.
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Applications_Statistics_Received";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Applications_Statistics_Decided";""");
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Applications_Statistics_ReceivedOn" ON "Applications"
                    ("ReceivedOn", "Status", "Address_RegionId", "Profession_ProfessionId");
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Applications_Statistics_DecidedOn" ON "Applications"
                    ("DecidedOn", "LastReceivedOn", "DecisionDeadline", "RefusalReason", "Status", "Address_RegionId", "Profession_ProfessionId");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Applications_Statistics_ReceivedOn";""");
            migrationBuilder.Sql("""DROP INDEX "IX_Applications_Statistics_DecidedOn";""");
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Applications_Statistics_Received" ON "Applications"
                    ("FirstSubmittedAtUtc", "Status", "Address_RegionId", "Profession_ProfessionId");
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Applications_Statistics_Decided" ON "Applications"
                    ("DecidedAtUtc", "LastSubmittedAtUtc", "DecisionDeadline", "Status", "RefusalReason", "Address_RegionId", "Profession_ProfessionId");
                """);
            migrationBuilder.DropColumn(
                name: "DecidedOn",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "LastReceivedOn",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ReceivedOn",
                table: "Applications");
        }
    }
}

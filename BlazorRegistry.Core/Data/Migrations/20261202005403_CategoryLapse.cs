using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class CategoryLapse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CurrentCategoryAssignedOn",
                table: "RegisterEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ValidityYears",
                table: "QualificationCategories",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CategoryReminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CategoryReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CategoryReminders_RegisterEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "RegisterEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_CurrentCategory",
                table: "RegisterEntries",
                columns: new[] { "CurrentCategoryId", "CurrentCategoryAssignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CategoryReminders_EntryId_AssignedOn_Stage",
                table: "CategoryReminders",
                columns: new[] { "EntryId", "AssignedOn", "Stage" },
                unique: true);

            // Social workers' categories are assigned for 3 years, teachers' for 5; "without category" never lapses.
            migrationBuilder.Sql("""UPDATE "QualificationCategories" SET "ValidityYears" = CASE WHEN "IsNone" THEN NULL WHEN "Scale" = 2 THEN 5 ELSE 3 END;""");
            // The assignment date of each entry's current category, from its JSON records.
            migrationBuilder.Sql("""
                UPDATE "RegisterEntries" SET "CurrentCategoryAssignedOn" = (
                    SELECT max(json_extract(q.value, '$.AssignedOn')) FROM json_each("RegisterEntries"."Qualifications") AS q
                    WHERE json_extract(q.value, '$.CategoryId') = "RegisterEntries"."CurrentCategoryId")
                WHERE "CurrentCategoryId" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CategoryReminders");

            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_CurrentCategory",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "CurrentCategoryAssignedOn",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "ValidityYears",
                table: "QualificationCategories");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.Migrations
{
    /// <inheritdoc />
    /// <summary>
    /// A register entry's records are its registered application's (issue #21, point 5): the entry's copies, equal to
    /// them since the entry was made from that application and a decided application never changes, are dropped. Down
    /// copies them back from the application.
    /// </summary>
    public partial class EntryRecordsReadFromTheApplication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // No foreign key constraint on SQLite: adding one to a table rebuilds it, which Entity Framework does in three
            // transactions with the keys switched off between them, so a kill in between would leave the database half
            // migrated. Each dropped column is one ALTER TABLE inside the migration's one transaction (written as SQL: Entity
            // Framework would rebuild the table for the model's constraint). The code keeps the
            // relation (an application is never deleted); PostgreSQL's migration has the constraint.
            migrationBuilder.Sql("""ALTER TABLE "RegisterEntries" DROP COLUMN "Education";""");

            migrationBuilder.Sql("""ALTER TABLE "RegisterEntries" DROP COLUMN "Employment";""");

            migrationBuilder.Sql("""ALTER TABLE "RegisterEntries" DROP COLUMN "Qualifications";""");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_ApplicationId",
                table: "RegisterEntries",
                column: "ApplicationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_ApplicationId",
                table: "RegisterEntries");

            migrationBuilder.AddColumn<string>(
                name: "Education",
                table: "RegisterEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Employment",
                table: "RegisterEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Qualifications",
                table: "RegisterEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.Sql("""
                UPDATE "RegisterEntries" SET
                    "Education" = (SELECT a."Education" FROM "Applications" AS a WHERE a."Id" = "RegisterEntries"."ApplicationId"),
                    "Employment" = (SELECT a."Employment" FROM "Applications" AS a WHERE a."Id" = "RegisterEntries"."ApplicationId"),
                    "Qualifications" = (SELECT a."Qualifications" FROM "Applications" AS a WHERE a."Id" = "RegisterEntries"."ApplicationId");
                """);
        }
    }
}

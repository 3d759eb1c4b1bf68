using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class TypedReasons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "ReturnReasonCodes",
                table: "Applications",
                newName: "ReturnReasons");

            migrationBuilder.RenameColumn(
                name: "Reasons",
                table: "ApplicationHistory",
                newName: "ReturnReasons");

            migrationBuilder.AddColumn<int>(
                name: "RefusalReason",
                table: "ApplicationHistory",
                type: "INTEGER",
                nullable: true);

            // A refusal's "F1".."F4" lived in the same text column as a return's "R1,R3": move it to its own.
            migrationBuilder.Sql("""
                UPDATE "ApplicationHistory" SET "RefusalReason" = CAST(substr("ReturnReasons", 2) AS INTEGER), "ReturnReasons" = NULL
                WHERE "ReturnReasons" LIKE 'F%';
                UPDATE "ApplicationHistory" SET "ReturnReasons" = NULL WHERE "ReturnReasons" = '';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "ApplicationHistory" SET "ReturnReasons" = 'F' || "RefusalReason" WHERE "RefusalReason" IS NOT NULL;
                """);

            migrationBuilder.DropColumn(
                name: "RefusalReason",
                table: "ApplicationHistory");

            migrationBuilder.RenameColumn(
                name: "ReturnReasons",
                table: "Applications",
                newName: "ReturnReasonCodes");

            migrationBuilder.RenameColumn(
                name: "ReturnReasons",
                table: "ApplicationHistory",
                newName: "Reasons");
        }
    }
}

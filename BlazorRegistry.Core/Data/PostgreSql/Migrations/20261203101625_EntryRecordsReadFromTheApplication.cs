using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.PostgreSql.Migrations
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
            migrationBuilder.DropColumn(
                name: "Education",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "Employment",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "Qualifications",
                table: "RegisterEntries");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_ApplicationId",
                table: "RegisterEntries",
                column: "ApplicationId");

            migrationBuilder.AddForeignKey(
                name: "FK_RegisterEntries_Applications_ApplicationId",
                table: "RegisterEntries",
                column: "ApplicationId",
                principalTable: "Applications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_RegisterEntries_Applications_ApplicationId",
                table: "RegisterEntries");

            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_ApplicationId",
                table: "RegisterEntries");

            migrationBuilder.AddColumn<string>(
                name: "Education",
                table: "RegisterEntries",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Employment",
                table: "RegisterEntries",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Qualifications",
                table: "RegisterEntries",
                type: "jsonb",
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

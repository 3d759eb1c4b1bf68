using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class EntryLife : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ExcludedOn",
                table: "RegisterEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExclusionComment",
                table: "RegisterEntries",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExclusionReason",
                table: "RegisterEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExclusionRequestedAtUtc",
                table: "RegisterEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "State",
                table: "RegisterEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "RegisterEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "RegisterEntryVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Change = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sections = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExclusionReason = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Consent_DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Consent_Publish = table.Column<bool>(type: "INTEGER", nullable: true),
                    Consent_ShowAddress = table.Column<bool>(type: "INTEGER", nullable: false),
                    Consent_ShowContacts = table.Column<bool>(type: "INTEGER", nullable: false),
                    Consent_ShowDateOfBirth = table.Column<bool>(type: "INTEGER", nullable: false),
                    Consent_TextVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterEntryVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisterEntryVersions_RegisterEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "RegisterEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_ExclusionRequestedAtUtc",
                table: "RegisterEntries",
                column: "ExclusionRequestedAtUtc",
                filter: "\"ExclusionRequestedAtUtc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntryVersions_EntryId_Id",
                table: "RegisterEntryVersions",
                columns: new[] { "EntryId", "Id" });

            // Entries made before histories existed start theirs with their inclusion, as decided then.
            migrationBuilder.Sql("""
                INSERT INTO "RegisterEntryVersions" ("EntryId", "AtUtc", "Change", "ActorId", "ApplicationId", "Number", "Sections",
                    "Consent_DecidedAtUtc", "Consent_Publish", "Consent_ShowAddress", "Consent_ShowContacts", "Consent_ShowDateOfBirth", "Consent_TextVersion")
                SELECT e."Id", COALESCE(a."DecidedAtUtc", e."UpdatedAtUtc"), 1, COALESCE(a."DeciderId", ''), e."ApplicationId", e."Number", '',
                    e."Consent_DecidedAtUtc", e."Consent_Publish", e."Consent_ShowAddress", e."Consent_ShowContacts", e."Consent_ShowDateOfBirth", e."Consent_TextVersion"
                FROM "RegisterEntries" AS e LEFT JOIN "Applications" AS a ON a."Id" = e."ApplicationId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegisterEntryVersions");

            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_ExclusionRequestedAtUtc",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "ExcludedOn",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "ExclusionComment",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "ExclusionReason",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "ExclusionRequestedAtUtc",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "State",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Applications");
        }
    }
}

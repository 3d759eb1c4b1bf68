using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SpecialistInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "OrganisationId",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SpecialistConfirmedAtUtc",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SpecialistConfirmedDigest",
                table: "Applications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SpecialistInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    InviteeId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<int>(type: "INTEGER", nullable: false),
                    InvitedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    TokenHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsRevoked = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProofHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true),
                    ProofExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpecialistInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpecialistInvitations_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SpecialistInvitations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_OrganisationId_Status",
                table: "Applications",
                columns: new[] { "OrganisationId", "Status" },
                filter: "\"OrganisationId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SpecialistInvitations_ApplicationId",
                table: "SpecialistInvitations",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_SpecialistInvitations_OrganisationId",
                table: "SpecialistInvitations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SpecialistInvitations_TokenHash",
                table: "SpecialistInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Applications_Organisations_OrganisationId",
                table: "Applications",
                column: "OrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Applications_Organisations_OrganisationId",
                table: "Applications");

            migrationBuilder.DropTable(
                name: "SpecialistInvitations");

            migrationBuilder.DropIndex(
                name: "IX_Applications_OrganisationId_Status",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "SpecialistConfirmedAtUtc",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "SpecialistConfirmedDigest",
                table: "Applications");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class EntryExtracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_Iin",
                table: "RegisterEntries");

            migrationBuilder.CreateTable(
                name: "EntryExtracts",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 22, nullable: false),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 302, nullable: false),
                    IncludedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Language = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntryExtracts", x => x.Code);
                    table.ForeignKey(
                        name: "FK_EntryExtracts_RegisterEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "RegisterEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_Iin",
                table: "RegisterEntries",
                column: "Iin",
                unique: true,
                filter: "\"Iin\" IS NOT NULL AND \"State\" <> 2");

            migrationBuilder.CreateIndex(
                name: "IX_EntryExtracts_EntryId_Language_IssuedAtUtc",
                table: "EntryExtracts",
                columns: new[] { "EntryId", "Language", "IssuedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EntryExtracts");

            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_Iin",
                table: "RegisterEntries");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_Iin",
                table: "RegisterEntries",
                column: "Iin",
                unique: true,
                filter: "\"Iin\" IS NOT NULL");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class CodeFlowLocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CodeFailures",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "CodeFailuresSinceUtc",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "CodeLockedUntilUtc",
                table: "AspNetUsers");

            migrationBuilder.CreateTable(
                name: "CodeFlowLocks",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    FailuresSinceUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LockedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeFlowLocks", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_CodeFlowLocks_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CodeFlowLocks");

            migrationBuilder.AddColumn<int>(
                name: "CodeFailures",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "CodeFailuresSinceUtc",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CodeLockedUntilUtc",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);
        }
    }
}

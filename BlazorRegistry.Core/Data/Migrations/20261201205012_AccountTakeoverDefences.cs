using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AccountTakeoverDefences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClientAddress",
                table: "OneTimeCodes",
                type: "TEXT",
                maxLength: 45,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SecretUntilUtc",
                table: "Notifications",
                type: "TEXT",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_OneTimeCodes_ClientAddress_CreatedAtUtc",
                table: "OneTimeCodes",
                columns: new[] { "ClientAddress", "CreatedAtUtc" });

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OneTimeCodes_ClientAddress_CreatedAtUtc",
                table: "OneTimeCodes");

            migrationBuilder.DropColumn(
                name: "ClientAddress",
                table: "OneTimeCodes");

            migrationBuilder.DropColumn(
                name: "SecretUntilUtc",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "CodeFailures",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "CodeFailuresSinceUtc",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "CodeLockedUntilUtc",
                table: "AspNetUsers");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditAndUploads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AttachedAtUtc",
                table: "StoredFiles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "ApplicationId",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Detail",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectUserId",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_AttachedAtUtc_CreatedAtUtc",
                table: "StoredFiles",
                columns: new[] { "AttachedAtUtc", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_Id",
                table: "AuditEntries",
                columns: new[] { "Action", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActorId_Id",
                table: "AuditEntries",
                columns: new[] { "ActorId", "Id" });

            // Files uploaded before this migration were attached when they were uploaded: the sweep must
            // never take them for abandoned uploads.
            migrationBuilder.Sql("""UPDATE "StoredFiles" SET "AttachedAtUtc" = "CreatedAtUtc" WHERE "AttachedAtUtc" IS NULL;""");

            // The append-only triggers on AuditEntries are created by DatabaseInitializer after every
            // migration: SQLite's table rebuild (this migration's, and any later one's) drops them.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditTriggers.Drop);
            migrationBuilder.DropIndex(
                name: "IX_StoredFiles_AttachedAtUtc_CreatedAtUtc",
                table: "StoredFiles");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Action_Id",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_ActorId_Id",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "AttachedAtUtc",
                table: "StoredFiles");

            migrationBuilder.DropColumn(
                name: "Address",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Detail",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "SubjectUserId",
                table: "AuditEntries");

            migrationBuilder.AlterColumn<int>(
                name: "ApplicationId",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}

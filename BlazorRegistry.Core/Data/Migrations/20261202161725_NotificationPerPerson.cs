using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class NotificationPerPerson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notifications_OutboxMessageId_Channel",
                table: "Notifications");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_OutboxMessageId_UserId_Channel",
                table: "Notifications",
                columns: new[] { "OutboxMessageId", "UserId", "Channel" },
                unique: true,
                filter: "\"OutboxMessageId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notifications_OutboxMessageId_UserId_Channel",
                table: "Notifications");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_OutboxMessageId_Channel",
                table: "Notifications",
                columns: new[] { "OutboxMessageId", "Channel" },
                unique: true,
                filter: "\"OutboxMessageId\" IS NOT NULL");
        }
    }
}

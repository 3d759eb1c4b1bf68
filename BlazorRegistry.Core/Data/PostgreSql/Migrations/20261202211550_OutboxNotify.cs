using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class OutboxNotify : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every instance LISTENs on registry_outbox (PostgreSqlDatabase.ListenForOutboxAsync): a statement that adds
            // outbox rows, or marks them dispatched, tells them at its commit (NOTIFY waits for the commit, and folds
            // repeats within one transaction into one), and each instance reads what is new.
            migrationBuilder.Sql("""
                CREATE FUNCTION "Outbox_Notify"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM pg_notify('registry_outbox', ''); RETURN NULL; END $$;
                CREATE TRIGGER "Outbox_Committed" AFTER INSERT OR UPDATE ON "Outbox" FOR EACH STATEMENT EXECUTE FUNCTION "Outbox_Notify"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS "Outbox_Notify"() CASCADE;""");
        }
    }
}

namespace BlazorRegistry.Core.Data;

/// <summary>
/// SQLite triggers that make AuditEntries append-only: any UPDATE or DELETE aborts. Created after every
/// migration run, because a migration that rebuilds the table (SQLite cannot alter a column) drops them.
/// </summary>
internal static class AuditTriggers
{
    public const string Create = """
        CREATE TRIGGER IF NOT EXISTS "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'AuditEntries are append-only'); END;
        CREATE TRIGGER IF NOT EXISTS "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'AuditEntries are append-only'); END;
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS "AuditEntries_NoUpdate";
        DROP TRIGGER IF EXISTS "AuditEntries_NoDelete";
        """;
}

namespace BlazorRegistry.Core.Data.Migrations;

/// <summary>SQLite triggers that make AuditEntries append-only: any UPDATE or DELETE aborts.</summary>
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

using BlazorRegistry.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BlazorRegistry.Tests.Data;

/// <summary>
/// The register's searches and the statistics' returns as SQLite plans them (issue #21). SQLite keeps no statistics here, so the plan follows from
/// the indexes alone: the statements below are the ones Entity Framework writes for a public count and a staff page.
/// </summary>
public class RegisterIndexes
{
    [Fact]
    public async Task APublicCountIsAnsweredFromAnIndexAndAStaffPageNeedsNoSort()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is not null, "SQLite's query planner.");
        await using var test = await TestDatabase.CreateAsync();

        // The public count with a name and a region: whichever index SQLite takes, it must hold the consent, or every entry
        // of the region is read from the table to check it.
        var count = await PlanAsync(test, """
            SELECT COUNT(*) FROM (SELECT 1 FROM "RegisterEntries" AS "r"
            WHERE "r"."IsPublic" AND instr("r"."NameKey", $name) > 0 AND "r"."RegionId" = $region
            ORDER BY "r"."NameKey", "r"."Id" LIMIT 1001) AS "r0"
            """);
        Assert.Contains("COVERING INDEX", count);
        Assert.DoesNotContain("TEMP B-TREE", count);

        // Staff see every entry, in (name, id) order: their index gives that order as it is.
        var staff = await PlanAsync(test, """
            SELECT "r"."Id" FROM "RegisterEntries" AS "r"
            WHERE instr("r"."NameKey", $name) > 0 AND "r"."RegionId" = $region
            ORDER BY "r"."NameKey", "r"."Id" LIMIT 25
            """);
        Assert.Contains("IX_RegisterEntries_Region_NameKey", staff);
        Assert.DoesNotContain("TEMP B-TREE", staff);
    }

    [Fact]
    public async Task TheReturnsByReasonAreCountedFromTheIndexOfReturnsAlone()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is not null, "SQLite's query planner.");
        await using var test = await TestDatabase.CreateAsync();
        // The staff statistics' returns by reason for a period (ReviewStatistics), as Entity Framework writes it: the index
        // holds returns only, and everything the count needs.
        var returns = await PlanAsync(test, """
            SELECT "a"."ReturnReasons", COUNT(*) FROM "ApplicationHistory" AS "a"
            WHERE "a"."Action" = 6 AND "a"."AtUtc" >= $from AND "a"."AtUtc" < $to
            GROUP BY "a"."ReturnReasons"
            """);
        Assert.Contains("COVERING INDEX IX_ApplicationHistory_Returns", returns);
        Assert.Equal(6, (int)BlazorRegistry.Core.Applications.HistoryAction.ReturnedForRevision);
    }

    private static async Task<string> PlanAsync(TestDatabase test, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={test.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        command.Parameters.AddWithValue("$name", "нурлан");
        command.Parameters.AddWithValue("$region", 18);
        command.Parameters.AddWithValue("$from", "2026-01-01 00:00:00");
        command.Parameters.AddWithValue("$to", "2026-02-01 00:00:00");
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
            plan.Add(reader.GetString(3));
        return string.Join(" | ", plan);
    }
}

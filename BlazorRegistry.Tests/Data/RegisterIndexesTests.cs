using BlazorRegistry.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BlazorRegistry.Tests.Data;

/// <summary>
/// The register's searches as SQLite plans them (issue #21). SQLite keeps no statistics here, so the plan follows from
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

    private static async Task<string> PlanAsync(TestDatabase test, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={test.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        command.Parameters.AddWithValue("$name", "нурлан");
        command.Parameters.AddWithValue("$region", 18);
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
            plan.Add(reader.GetString(3));
        return string.Join(" | ", plan);
    }
}

using BlazorRegistry.Core.Review;
using BlazorRegistry.Tests.Core.Applications;
using BlazorRegistry.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BlazorRegistry.Tests.Data;

/// <summary>
/// The board's name search as SQLite runs it (issue #21, point 3): the statements Entity Framework sends, recorded from its
/// command log and planned again here.
/// </summary>
public class BoardSearchPlan
{
    [Fact]
    public async Task TheNameIndexIsAskedOnceForTheBoardsWholeQuestion()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is not null, "SQLite's query planner.");
        var log = new StatementLog();
        await using var test = await TestDatabase.CreateAsync(configure: s => s.AddLogging(b => b.AddProvider(log)));
        var id = await ApplicationServiceDrafts.SeedSubmittedAsync(test, "a1", "Сейтқали", "Нұрлан");
        await ApplicationServiceDrafts.SeedSubmittedAsync(test, "a2", "Омаров", "Ерлан");
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(id, "admin");
        await review.RegisterAsync(id, "admin");
        log.Clear();

        var page = await test.Get<ReviewQueue>().SearchAsync(new BoardQuery(BoardState.DecidedRecently, Search: "нурлан сейт"), "admin", new DateOnly(2026, 3, 18));
        Assert.Equal(id, Assert.Single(page.Rows).Id);

        var statements = log.Statements;
        // Asked inside each of the board's statements, the index's 4–6 ms for a common surname were paid three times.
        Assert.Single(statements, s => s.Contains("\"ApplicationNames\""));
        // The statements after it take the matching ids as one parameter, and still sort the page from the status index.
        var pageIds = Assert.Single(statements, s => s.Contains("ORDER BY") && s.Contains("json_each"));
        var plan = await PlanAsync(test, pageIds);
        Assert.Contains("COVERING INDEX IX_Applications_Status_DecidedAtUtc", plan);
        Assert.DoesNotContain("ApplicationNames", plan);
    }

    [Fact]
    public async Task AWordMatchingTooManyApplicationsIsAskedInsideEachStatementInstead()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is not null, "SQLite's statements.");
        var log = new StatementLog();
        await using var test = await TestDatabase.CreateAsync(configure: s => s.AddLogging(b => b.AddProvider(log)));
        // One more submitted application than the board sends as a parameter for this word, all named alike (written
        // directly: the name index's trigger files each, as for any application).
        var count = BlazorRegistry.Core.Data.RegistryDatabase.IdsAsParameterAtMost(["жанова"]) + 1;
        Assert.Equal(4_001, count); // four trigrams
        await using (var connection = new SqliteConnection($"Data Source={test.Path}"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = $"""
                WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < {count})
                INSERT INTO "Applications" ("ApplicantId", "Consent_ShowAddress", "Consent_ShowContacts", "Consent_ShowDateOfBirth", "CreatedAtUtc",
                    "Documents", "Education", "Employment", "HasNoCategory", "Kind", "LastStep", "NameKey", "Qualifications", "Status",
                    "SubmissionCount", "UpdatedAtUtc", "Version", "FirstSubmittedAtUtc", "DecisionDeadline")
                SELECT 'bulk-' || x, 0, 0, 0, '2026-03-18 05:00:00', '[]', '[]', '[]', 0, 0, 0, 'жанова айгуль', '[]', 1, 1,
                    '2026-03-18 05:00:00', lower(hex(randomblob(16))), '2026-03-18 05:00:00', '2026-03-30' FROM n
                """;
            await insert.ExecuteNonQueryAsync();
        }
        log.Clear();

        var page = await test.Get<ReviewQueue>().SearchAsync(new BoardQuery(Search: "жанова"), "admin", new DateOnly(2026, 3, 18));
        Assert.Equal(count, page.Counts[BoardState.New]);
        Assert.Equal(count, page.Total);
        // The ids were asked once, found too many, and then the index was asked inside the counts and the page's ids.
        Assert.Equal(4, log.Statements.Count(s => s.Contains("\"ApplicationNames\"")));
        Assert.DoesNotContain(log.Statements, s => s.Contains("json_each"));
    }

    private static async Task<string> PlanAsync(TestDatabase test, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={test.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        // Values like the real ones, so the statement is planned as it runs: a surname's thousands of matches, a date, a page.
        var names = System.Text.RegularExpressions.Regex.Matches(sql, @"@\w+").Select(m => m.Value).Distinct().ToList();
        Assert.Contains("@ids", names);
        foreach (var name in names)
            command.Parameters.AddWithValue(name, name switch
            {
                "@ids" => "[" + string.Join(",", Enumerable.Range(1, 5000)) + "]",
                "@since" => "2026-02-16 05:00:00",
                _ => (object)30,
            });
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
            plan.Add(reader.GetString(3));
        return string.Join(" | ", plan);
    }
}

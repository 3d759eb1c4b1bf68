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
        // Asked inside each of the board's statements, the index's 3–6 ms for a common surname were paid three times.
        Assert.Single(statements, s => s.Contains("\"ApplicationNames\""));
        // The statements after it read the matches from the connection's own table, and still sort the page from the status index.
        var pageIds = Assert.Single(statements, s => s.Contains("ORDER BY") && s.Contains("BoardNameMatches"));
        var plan = await PlanAsync(test, pageIds);
        Assert.Contains("COVERING INDEX IX_Applications_Status_DecidedAtUtc", plan);
        Assert.DoesNotContain("ApplicationNames", plan);
    }

    [Fact]
    public async Task OneSearchsMatchesNeverShowInTheNextOnTheSameConnectionOrInOneRunningBesideIt()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is not null, "SQLite's table of matches.");
        await using var test = await TestDatabase.CreateAsync();
        var nurlan = await ApplicationServiceDrafts.SeedSubmittedAsync(test, "a1", "Сейтқали", "Нұрлан");
        var erlan = await ApplicationServiceDrafts.SeedSubmittedAsync(test, "a2", "Омаров", "Ерлан");
        var queue = test.Get<ReviewQueue>();
        var today = new DateOnly(2026, 3, 18);

        // One after another: the pool hands the same connection back, with the last search's matches still in its table.
        Assert.Equal(nurlan, Assert.Single((await queue.SearchAsync(new BoardQuery(Search: "нурлан"), "admin", today)).Rows).Id);
        Assert.Equal(erlan, Assert.Single((await queue.SearchAsync(new BoardQuery(Search: "омаров"), "admin", today)).Rows).Id);
        Assert.Empty((await queue.SearchAsync(new BoardQuery(Search: "жоқадам"), "admin", today)).Rows);

        // At the same moment: twenty different questions (the queue merges equal ones), so twenty connections at once.
        string[] forNurlan = ["сейт", "сейтк", "сейтка", "сейткал", "сейткали", "нурл", "нурла", "нурлан", "нұрлан", "сейтқали нұрлан"];
        string[] forErlan = ["омар", "омаро", "омаров", "ерла", "ерлан", "омаров ерлан", "ерлан омаров", "ерлан омар", "омар ерл", "омаров ер"];
        var searches = forNurlan.Select(w => (Word: w, Expected: nurlan)).Concat(forErlan.Select(w => (Word: w, Expected: erlan))).ToList();
        var pages = await Task.WhenAll(searches.Select(s => Task.Run(() => queue.SearchAsync(new BoardQuery(Search: s.Word), "admin", today))));
        for (var i = 0; i < searches.Count; i++)
        {
            Assert.Equal(searches[i].Expected, Assert.Single(pages[i].Rows).Id);
            Assert.Equal(1, pages[i].Counts[BoardState.New]);
        }
    }

    [Fact]
    public async Task AWordMatchingThousandsOfApplicationsIsStillAskedOnce()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is not null, "SQLite's statements.");
        var log = new StatementLog();
        await using var test = await TestDatabase.CreateAsync(configure: s => s.AddLogging(b => b.AddProvider(log)));
        // More submitted applications named alike than the board once sent as a parameter (at most 10,000; past that it
        // asked the index inside each statement again), written directly: the name index's trigger files each.
        const int count = 12_001;
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
        Assert.Equal(25, page.Rows.Count);
        // However many match, the index is asked once; the counts and the page's ids read its answer from the table.
        Assert.Single(log.Statements, s => s.Contains("\"ApplicationNames\""));
        Assert.Equal(3, log.Statements.Count(s => s.Contains("SELECT") && s.Contains("temp.\"BoardNameMatches\"") && !s.Contains("INSERT")));
    }

    private static async Task<string> PlanAsync(TestDatabase test, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={test.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // The table of matches as the search leaves it on its connection, with a surname's thousands of them.
        command.CommandText = """
            CREATE TEMP TABLE IF NOT EXISTS "BoardNameMatches"("Id" INTEGER PRIMARY KEY);
            WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5000) INSERT INTO temp."BoardNameMatches" SELECT x FROM n;
            """;
        await command.ExecuteNonQueryAsync();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        // Values like the real ones, so the statement is planned as it runs: a date, a page.
        var names = System.Text.RegularExpressions.Regex.Matches(sql, @"@\w+").Select(m => m.Value).Distinct().ToList();
        foreach (var name in names)
            command.Parameters.AddWithValue(name, name == "@since" ? "2026-02-16 05:00:00" : 30);
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
            plan.Add(reader.GetString(3));
        return string.Join(" | ", plan);
    }
}

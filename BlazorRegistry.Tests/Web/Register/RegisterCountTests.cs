using System.Net;
using System.Text.Json;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.Register;

/// <summary>
/// A search matching more than the page counts (issue #21): the page says "at least" in both languages and still leads
/// on, a later page counts further, and the API's total stays whole. Its own app: a thousand clones would crowd the
/// other register tests' searches.
/// </summary>
public class RegisterCountedSoFar(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Fact]
    public async Task ABroadSearchSaysAtLeastInBothLanguagesAndAPageFurtherOnCountsFurther()
    {
        _ = app.ServerAddress;
        var number = await Registered.CreateAsync(app.Services, "many-0", "Көпбаев", "Ерлан", new Consent(true));
        await CloneAsync(number, 1000); // 1,001 entries named Көпбаев, one past what the first page counts

        var kk = await new Browserless(app.ServerAddress, "kk-KZ").GetAsync("/register?q=" + Uri.EscapeDataString("көпбаев"));
        Assert.Equal(HttpStatusCode.OK, kk.Status);
        Assert.Matches(@"^Табылды: кемінде 1\s000$", Count(kk.Html));
        Assert.Contains("rel=\"next\"", kk.Html);
        Assert.DoesNotContain("page=40", kk.Html); // a page counted so far is not named as the last
        Assert.Contains("page=2", kk.Html);
        var ru = await new Browserless(app.ServerAddress, "ru-RU").GetAsync("/register?q=" + Uri.EscapeDataString("көпбаев"));
        Assert.Matches(@"^Найдено: не менее 1\s000$", Count(ru.Html));

        // The 40th page counts up to 975 + 1,000: all 1,001, exactly.
        var last = await new Browserless(app.ServerAddress, "ru-RU").GetAsync("/register?page=40&q=" + Uri.EscapeDataString("көпбаев"));
        Assert.Matches(@"^Найдено: 1\s001$", Count(last.Html));
        Assert.Equal(25, Rows(last.Html));
        Assert.Contains("page=41", last.Html); // and one more page for the 1,001st

        var api = await new Browserless(app.ServerAddress).GetAsync("/api/register?q=" + Uri.EscapeDataString("көпбаев"));
        Assert.Equal(1001, JsonDocument.Parse(api.Html).RootElement.GetProperty("total").GetInt32());
    }

    private static string Count(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("[data-testid=result-count]")?.TextContent.Trim() ?? "";

    private static int Rows(string html) => System.Text.RegularExpressions.Regex.Matches(html, "<tr data-number=").Count;

    /// <summary>Copies one entry <paramref name="count"/> times under new numbers and applicants, in one statement.</summary>
    private async Task CloneAsync(string number, int count)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var columns = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM pragma_table_info('RegisterEntries') WHERE name <> 'Id'").ToListAsync();
        string Source(string c) => c switch
        {
            "Number" => "'RS-2099-' || printf('%06d', n)",
            "ApplicantId" => "'many-' || n",
            "Iin" => "NULL",
            _ => $"\"{c}\"",
        };
        var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
        // The column names come from the table itself and the count is a number: nothing typed reaches the SQL.
        var sql = $"WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < {count}) " +
            $"INSERT INTO \"RegisterEntries\" ({list}) SELECT {string.Join(", ", columns.Select(Source))} FROM \"RegisterEntries\", k WHERE \"Number\" = $number";
#pragma warning disable EF1003
        await db.Database.ExecuteSqlRawAsync(sql, new Microsoft.Data.Sqlite.SqliteParameter("$number", number));
#pragma warning restore EF1003
    }
}

using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Register;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Core.Rules;
using BlazorRegistry.Tests.Core.Applications;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BlazorRegistry.Tests.Core.Register;

public class RegisterServiceSearch
{
    private static async Task<string> RegisterAsync(TestDatabase test, string applicantId, string surname, string givenName, bool publish = true)
    {
        var (service, id) = await ApplicationServiceDrafts.SeedCompleteDraftAsync(test, applicantId, surname, givenName);
        var draft = await service.LoadOwnAsync(id, applicantId);
        if (!publish)
            draft = (await service.SaveConsentAsync(id, applicantId, draft!.Version, false, false, false, false, "2026-1")).Value;
        await service.SubmitAsync(id, applicantId, draft!.Version);
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(id, "admin");
        return (await review.RegisterAsync(id, "admin")).Value!.ReferenceNumber!;
    }

    [Fact]
    public async Task FindsANameTypedInLatinAsAPassportOrTheKazakhLatinAlphabetWritesIt()
    {
        await using var test = await TestDatabase.CreateAsync();
        await RegisterAsync(test, "a1", "Сейтқали", "Нұрлан");
        await RegisterAsync(test, "a2", "Иванова", "Анна");
        var register = test.Get<RegisterService>();

        foreach (var typed in new[] { "nurlan", "SEITKALI Nurlan", "Seytqali", "nurlan aliuly", "сейткали nurlan" })
        {
            var page = await register.SearchAsync(new RegisterQuery(Name: typed), RegisterAudience.Public);
            Assert.True(page.Rows.Count == 1, typed);
            Assert.Equal("Сейтқали Нұрлан Әлиұлы", page.Rows[0].FullName);
        }
        Assert.Equal("Иванова Анна Әлиұлы", Assert.Single((await register.SearchAsync(new RegisterQuery(Name: "ivanova"), RegisterAudience.Public)).Rows).FullName);
        Assert.Empty((await register.SearchAsync(new RegisterQuery(Name: "petrova"), RegisterAudience.Public)).Rows);
    }

    [Fact]
    public async Task EveryNameSearchSharesOneQueryTheWordsGoAsParameters()
    {
        // A word written into the SQL text would make each name typed a new compiled query: a stranger could
        // fill the query cache and keep the CPU busy through /register?q=.
        await using var test = await TestDatabase.CreateAsync();
        await using var db = test.NewContext();
        string Sql(string query) => string.Join("\n", db.RegisterEntries.WhereNameHas(e => e.NameKey, query).ToQueryString()
            .Split('\n').Where(line => !line.StartsWith(".param", StringComparison.Ordinal) && !line.StartsWith("-- @", StringComparison.Ordinal)));
        Assert.Equal(Sql("sarsenbayeva"), Sql("qasymova"));
        Assert.Equal(Sql("нурлан"), Sql("иванова"));
        Assert.DoesNotContain("сарсенбаева", Sql("sarsenbayeva"));
    }

    [Fact]
    public async Task FindsAKazakhNameTypedWithoutKazakhLettersInAnyOrder()
    {
        await using var test = await TestDatabase.CreateAsync();
        await RegisterAsync(test, "a1", "Сейтқали", "Нұрлан");
        await RegisterAsync(test, "a2", "Иванова", "Анна");
        var register = test.Get<RegisterService>();

        foreach (var typed in new[] { "нурлан", "НУРЛАН сейткали", "сейткали нурлан", "Нұрлан" })
        {
            var page = await register.SearchAsync(new RegisterQuery(Name: typed), RegisterAudience.Public);
            Assert.Equal("Сейтқали Нұрлан Әлиұлы", Assert.Single(page.Rows).FullName);
        }
        Assert.Equal(2, (await register.SearchAsync(new RegisterQuery(), RegisterAudience.Public)).Total);
    }

    [Fact]
    public async Task SearchesPercentAndUnderscoreLiterally()
    {
        await using var test = await TestDatabase.CreateAsync();
        await RegisterAsync(test, "a1", "Сейтқали", "Нұрлан");
        var register = test.Get<RegisterService>();
        Assert.Empty((await register.SearchAsync(new RegisterQuery(Name: "%"), RegisterAudience.Public)).Rows);
        Assert.Empty((await register.SearchAsync(new RegisterQuery(Name: "_"), RegisterAudience.Public)).Rows);
        Assert.Empty((await register.SearchAsync(new RegisterQuery(Name: "' OR 1=1 --"), RegisterAudience.Public)).Rows);
        // A NUL in a link's query ("нур%00лан") is no part of the name, the place or the employer; PostgreSQL refuses it in
        // any text it is sent. A pasted line end parts the words as a space does.
        Assert.Single((await register.SearchAsync(new RegisterQuery(Name: "нур\0лан"), RegisterAudience.Public)).Rows);
        Assert.Single((await register.SearchAsync(new RegisterQuery(Name: "сейткали\r\nнурлан"), RegisterAudience.Public)).Rows);
        Assert.Single((await register.SearchAsync(new RegisterQuery(Locality: "аст\0ана"), RegisterAudience.Public)).Rows);
        Assert.Single((await register.SearchAsync(new RegisterQuery(Organisation: "\0"), RegisterAudience.Public)).Rows);
    }

    [Fact]
    public async Task ThePublicSeesNeitherEntriesWithoutConsentNorUnconsentedFields()
    {
        await using var test = await TestDatabase.CreateAsync();
        var shown = await RegisterAsync(test, "a1", "Сейтқали", "Нұрлан");
        var hidden = await RegisterAsync(test, "a2", "Иванова", "Анна", publish: false);
        var register = test.Get<RegisterService>();

        var publicRow = Assert.Single((await register.SearchAsync(new RegisterQuery(), RegisterAudience.Public)).Rows);
        Assert.Equal(shown, publicRow.Number);
        Assert.Null(publicRow.DateOfBirth);          // not consented in TestApplications
        Assert.Null(publicRow.RegisteredAddress);    // not consented
        Assert.Equal("+77012345678", publicRow.Mobile); // consented
        Assert.Null(await register.FindAsync(hidden, RegisterAudience.Public));

        var staff = await register.SearchAsync(new RegisterQuery(), RegisterAudience.Staff);
        Assert.Equal(2, staff.Total);
        Assert.All(staff.Rows, r => Assert.NotNull(r.DateOfBirth));
    }

    [Fact]
    public async Task FiltersByRegionProfessionAndOrganisationAndPages()
    {
        await using var test = await TestDatabase.CreateAsync();
        for (var i = 0; i < 30; i++)
            await RegisterAsync(test, $"a{i}", "Сейтқали", $"Нұрлан{new string('а', i % 3 + 1)}");
        var register = test.Get<RegisterService>();

        var page2 = await register.SearchAsync(new RegisterQuery(Page: 2, PageSize: 25), RegisterAudience.Public);
        Assert.Equal((30, 5, 2), (page2.Total, page2.Rows.Count, page2.PageCount));
        Assert.Equal(30, (await register.SearchAsync(new RegisterQuery(RegionId: 18, ProfessionId: 4), RegisterAudience.Public)).Total);
        Assert.Equal(0, (await register.SearchAsync(new RegisterQuery(RegionId: 19), RegisterAudience.Public)).Total);
        Assert.Equal(30, (await register.SearchAsync(new RegisterQuery(Organisation: "мейирим"), RegisterAudience.Public)).Total);
        Assert.Equal(30, (await register.SearchAsync(new RegisterQuery(Organisation: TestApplications.ValidBin), RegisterAudience.Public)).Total);
        Assert.Equal(0, (await register.SearchAsync(new RegisterQuery(ProfessionId: 7), RegisterAudience.Public)).Total);
        // An unknown page size falls back to 25 rather than letting a caller ask for a million rows.
        Assert.Equal(25, (await register.SearchAsync(new RegisterQuery(PageSize: 1_000_000), RegisterAudience.Public)).Rows.Count);
    }

    [Fact]
    public async Task FiltersByLocalityAndCategoryFoldingKazakhLetters()
    {
        await using var test = await TestDatabase.CreateAsync();
        await RegisterAsync(test, "a1", "Сейтқали", "Нұрлан");
        var register = test.Get<RegisterService>();
        Assert.Equal(1, (await register.SearchAsync(new RegisterQuery(Locality: "астана"), RegisterAudience.Public)).Total);
        Assert.Equal(0, (await register.SearchAsync(new RegisterQuery(Locality: "алматы"), RegisterAudience.Public)).Total);
        Assert.Equal(1, (await register.SearchAsync(new RegisterQuery(CategoryId: 2), RegisterAudience.Public)).Total);
        Assert.Equal(0, (await register.SearchAsync(new RegisterQuery(CategoryId: 1), RegisterAudience.Public)).Total);
        Assert.Equal(1, (await register.SearchAsync(new RegisterQuery(Organisation: "МЕЙІРІМ"), RegisterAudience.Public)).Total);
    }

    [Fact]
    public async Task APageAndItsCountAreOneStatementAndAPagePastTheEndStillCountsAll()
    {
        var log = new StatementLog();
        await using var test = await TestDatabase.CreateAsync(configure: s => s.AddLogging(b => b.AddProvider(log)));
        for (var i = 0; i < 3; i++)
            await RegisterAsync(test, $"a{i}", "Сейтқали", "Нұрлан");
        await RegisterAsync(test, "b", "Омаров", "Ерлан");
        var register = test.Get<RegisterService>();

        // The public page's count and ids in name order: one walk of the register's index, not two (issue #21). The entries
        // themselves are read by their ids afterwards, past Entity Framework. By date, the count stays a statement of its own.
        foreach (var sort in Enum.GetValues<RegisterSort>())
        {
            log.Clear();
            var page = await register.SearchAsync(new RegisterQuery(Name: "нурлан", Sort: sort), RegisterAudience.Public);
            Assert.Equal((3, false, 3), (page.Total, page.TotalIsAtLeast, page.Rows.Count));
            Assert.Equal(sort == RegisterSort.Name ? 1 : 2, log.Statements.Count(s => s.Contains("\"RegisterEntries\"")));
        }
        var newest = await register.SearchAsync(new RegisterQuery(Sort: RegisterSort.IncludedOnNewest), RegisterAudience.Public, countAhead: 1);
        Assert.Equal((4, false, 4), (newest.Total, newest.TotalIsAtLeast, newest.Rows.Count));

        // An old link to a page past the end shows no rows and the whole count, as the page before it would.
        var past = await register.SearchAsync(new RegisterQuery(Name: "нурлан", Page: 3, PageSize: 25), RegisterAudience.Public);
        Assert.Equal((3, false, 0, 1), (past.Total, past.TotalIsAtLeast, past.Rows.Count, past.PageCount));
        var second = await register.SearchAsync(new RegisterQuery(Page: 2), RegisterAudience.Public, countAhead: 1);
        Assert.Equal((4, false, 0), (second.Total, second.TotalIsAtLeast, second.Rows.Count));
    }

    [Fact]
    public async Task ABroadSearchIsCountedOnlySoFarPastItsPageAndSaysSo()
    {
        await using var test = await TestDatabase.CreateAsync();
        for (var i = 0; i < 40; i++)
            await RegisterAsync(test, $"a{i}", "Сейтқали", "Нұрлан");
        var register = test.Get<RegisterService>();

        // Counted up to 30 past the pages before: the first page says "at least 30" and still offers a second.
        var first = await register.SearchAsync(new RegisterQuery(Name: "нурлан"), RegisterAudience.Public, countAhead: 30);
        Assert.Equal((30, true, 25, 2), (first.Total, first.TotalIsAtLeast, first.Rows.Count, first.PageCount));
        // From the second page the count reaches further (25 + 30) and is exact again.
        var second = await register.SearchAsync(new RegisterQuery(Name: "нурлан", Page: 2), RegisterAudience.Public, countAhead: 30);
        Assert.Equal((40, false, 15), (second.Total, second.TotalIsAtLeast, second.Rows.Count));
        // Exactly as many as the count reaches is exact, not "at least".
        var exact = await register.SearchAsync(new RegisterQuery(Name: "нурлан"), RegisterAudience.Public, countAhead: 40);
        Assert.Equal((40, false), (exact.Total, exact.TotalIsAtLeast));
        // A count never stops short of the page it shows, and the API's count is whole.
        var narrow = await register.SearchAsync(new RegisterQuery(), RegisterAudience.Public, countAhead: 5);
        Assert.Equal((25, true, 25), (narrow.Total, narrow.TotalIsAtLeast, narrow.Rows.Count));
        var all = await register.SearchCountingAllAsync(new RegisterQuery(Name: "нурлан"), RegisterAudience.Public);
        Assert.Equal((40, false), (all.Total, all.TotalIsAtLeast));
    }

    [Fact]
    public async Task APageBeyondTheLastIsEmptyButCountsEverything()
    {
        await using var test = await TestDatabase.CreateAsync();
        await RegisterAsync(test, "a1", "Сейтқали", "Нұрлан");
        var page = await test.Get<RegisterService>().SearchAsync(new RegisterQuery(Page: 5), RegisterAudience.Public);
        Assert.Equal((1, 0, 1), (page.Total, page.Rows.Count, page.PageCount));
    }

    [Fact]
    public async Task TheInclusionDateNeverChangesWhenTheEntryIsRefreshed()
    {
        await using var test = await TestDatabase.CreateAsync();
        var number = await RegisterAsync(test, "a1", "Сейтқали", "Нұрлан");
        test.Time.Advance(TimeSpan.FromDays(30));

        // The same specialist applies again with new data and is registered again.
        var service = test.Get<ApplicationService>();
        var draft = await service.GetOrStartDraftAsync("a1");
        await using (var db = test.NewContext())
        {
            var a = await db.Applications.SingleAsync(x => x.Id == draft.Id);
            TestApplications.Fill(a, "Сейтқали", "Нұрлан");
            a.UpdateProfession(new ProfessionData(5, 5, 0), test.Time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
            draft = a;
        }
        await service.SubmitAsync(draft.Id, "a1", draft.Version);
        await test.Get<ReviewService>().ClaimAsync(draft.Id, "admin");
        await test.Get<ReviewService>().RegisterAsync(draft.Id, "admin");

        await using var check = test.NewContext();
        var entry = await check.RegisterEntries.SingleAsync();
        Assert.Equal((number, new DateOnly(2026, 3, 18), 5), (entry.Number, entry.IncludedOn, entry.ProfessionId));
    }
}

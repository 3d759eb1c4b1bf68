using System.Text.Json;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Register;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Tests.Core.Applications;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Tests.Core.Register;

/// <summary>
/// Exports read entries their own way (StoredEntryReader, straight from the columns); what they yield must
/// be exactly what the register's pages show, to the same audience, field by field.
/// </summary>
public class RegisterServiceExport
{
    private static async Task<string> RegisterAsync(TestDatabase test, string applicantId, string surname, string givenName,
        bool publish = true, bool showEverything = false)
    {
        var (service, id) = await ApplicationServiceDrafts.SeedCompleteDraftAsync(test, applicantId, surname, givenName);
        var draft = await service.LoadOwnAsync(id, applicantId);
        if (!publish || showEverything)
            draft = (await service.SaveConsentAsync(id, applicantId, draft!.Version, publish, showEverything, showEverything, showEverything, "2026-1")).Value;
        await service.SubmitAsync(id, applicantId, draft!.Version);
        var review = test.Get<ReviewService>();
        await review.ClaimAsync(id, "admin");
        return (await review.RegisterAsync(id, "admin")).Value!.ReferenceNumber!;
    }

    private static string AsJson(IEnumerable<RegisterRow> rows) => JsonSerializer.Serialize(rows);

    [Fact]
    public async Task AnExportYieldsWhatTheRegisterShowsToTheSameAudienceInTheSameOrder()
    {
        await using var test = await TestDatabase.CreateAsync();
        await RegisterAsync(test, "a1", "Сейтқали", "Нұрлан");
        await RegisterAsync(test, "a2", "Иванова", "Анна", publish: false);
        await RegisterAsync(test, "a3", "Әбенова", "Гүлнар", showEverything: true);
        var excluded = await RegisterAsync(test, "a4", "Ахметов", "Бауыржан");
        // One asks to leave, another is excluded: staff see both, marked; the public sees neither mark.
        await test.Get<EntryService>().RequestExclusionAsync("a3");
        Assert.True((await test.Get<EntryService>().ExcludeAsync(excluded, new BlazorRegistry.Core.Audit.AuditActor("admin", null),
            ExclusionReason.Death, BlazorRegistry.Core.Calendar.KazakhstanTime.Today(test.Time), "Анықтама")).Succeeded);
        var register = test.Get<RegisterService>();

        foreach (var audience in new[] { RegisterAudience.Public, RegisterAudience.Staff })
            foreach (var query in new[] { new RegisterQuery(PageSize: 100), new RegisterQuery(Name: "нурлан", PageSize: 100),
                         new RegisterQuery(Sort: RegisterSort.IncludedOnNewest, PageSize: 100) })
            {
                var page = await register.SearchAsync(query, audience);
                var exported = await register.StreamAsync(query, audience, batchSize: 2).ToListAsync();
                Assert.Equal(AsJson(page.Rows), AsJson(exported));
            }

        var staff = await register.StreamAsync(new RegisterQuery(), RegisterAudience.Staff).ToListAsync();
        Assert.Equal(4, staff.Count);
        // Scans are never part of a register row, whoever reads it.
        Assert.All(staff, r => Assert.All(r.Education, e => Assert.Null(e.FileId)));
        Assert.Contains(staff, r => r.Education.Count > 0 && r.Employment.Count > 0);
        var everything = Assert.Single(await register.StreamAsync(new RegisterQuery(Name: "гулнар"), RegisterAudience.Public).ToListAsync());
        Assert.NotNull(everything.DateOfBirth);
        Assert.NotNull(everything.RegisteredAddress);
        Assert.Equal(2, (await register.StreamAsync(new RegisterQuery(), RegisterAudience.Public).ToListAsync()).Count);
        Assert.Contains(staff, r => r.State == EntryState.Excluded && r.ExclusionReason == ExclusionReason.Death);
        Assert.Contains(staff, r => r.ExclusionRequested);
    }

    [Fact]
    public async Task AnEntryWhoseConsentIsWithdrawnWhileAnExportRunsIsLeftOutOfThePublicExport()
    {
        await using var test = await TestDatabase.CreateAsync();
        foreach (var (id, name) in new[] { ("a1", "Айгүл"), ("a2", "Бақыт"), ("a3", "Гүлмира"), ("a4", "Дәулет"), ("a5", "Ержан") })
            await RegisterAsync(test, id, "Сейтқали", name);
        var register = test.Get<RegisterService>();

        await using var export = register.StreamAsync(new RegisterQuery(), RegisterAudience.Public, batchSize: 1).GetAsyncEnumerator();
        Assert.True(await export.MoveNextAsync());
        Assert.Equal("Сейтқали Айгүл Әлиұлы", export.Current.FullName);
        // One entry in hand, one waiting, one being read: the fifth is read only after this.
        await using (var db = test.NewContext())
            await db.RegisterEntries.Where(e => e.ApplicantId == "a5").ExecuteUpdateAsync(s => s.SetProperty(e => e.IsPublic, false));

        var rest = new List<string>();
        while (await export.MoveNextAsync())
            rest.Add(export.Current.FullName);
        Assert.Equal(["Сейтқали Бақыт Әлиұлы", "Сейтқали Гүлмира Әлиұлы", "Сейтқали Дәулет Әлиұлы"], rest);
    }

    [Fact]
    public async Task AReaderAheadStopsWhenItsConsumerStops()
    {
        var stopped = new TaskCompletionSource();
        async IAsyncEnumerable<int> Endless()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    await Task.Yield();
                    yield return i;
                }
            }
            finally
            {
                stopped.SetResult();
            }
        }

        var rows = Endless().ReadAhead(1).GetAsyncEnumerator();
        Assert.True(await rows.MoveNextAsync());
        Assert.Equal(0, rows.Current);
        // An export whose client left must not leave its reader blocked on a channel nobody empties.
        await Task.WhenAll(rows.DisposeAsync().AsTask(), stopped.Task).WaitAsync(TimeSpan.FromSeconds(10));
    }
}

using System.Net;
using System.Text;
using BlazorRegistry.App.Register;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.Security;

/// <summary>Exports cannot be used to exhaust the server: a few at a time, a few a minute per anonymous address.</summary>
public class ExportLimits(ExportLimits.Factory app) : IClassFixture<ExportLimits.Factory>
{
    public sealed class Factory : RegistryAppFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings => [("Registry:Exports:AnonymousPerMinute", "3")];
    }

    [Fact]
    public async Task AnAnonymousAddressGetsAFewExportsAMinuteThenALocalizedRefusal()
    {
        using var visitor = new Browserless(app.ServerAddress, "ru-RU");
        for (var i = 0; i < 3; i++)
        {
            using var ok = await visitor.RawGetAsync(i % 2 == 0 ? "/register/export.csv" : "/register/export.xlsx");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var refused = await visitor.RawGetAsync("/register/export.csv");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Слишком много запросов", await refused.Content.ReadAsStringAsync());

        // Staff are not counted against the address's budget.
        var observer = await AppAccounts.CreateAsync(app, Roles.Observer);
        using var staff = await AppAccounts.SignInAsync(app, observer);
        for (var i = 0; i < 4; i++)
        {
            using var export = await staff.RawGetAsync("/register/export.csv");
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        }
    }

    [Fact]
    public async Task WhenEveryWriteSlotIsTakenTheNextExportWaitsItsTurn()
    {
        var slots = app.Services.GetRequiredService<ExportSlots>();
        var taken = new List<IDisposable>();
        while (slots.TryTake() is { } slot)
            taken.Add(slot);
        Assert.Equal(2, taken.Count); // Registry:Exports:MaxConcurrent's default
        var observer = await AppAccounts.CreateAsync(app, Roles.Observer);
        using var staff = await AppAccounts.SignInAsync(app, observer);
        using (var refused = await staff.RawGetAsync("/register/export.xlsx"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal(ExportSlots.RetryAfter, refused.Headers.RetryAfter?.Delta);
            Assert.Contains("Сұраныстар тым көп", await refused.Content.ReadAsStringAsync());
        }
        taken.ForEach(s => s.Dispose());
        using var served = await staff.RawGetAsync("/register/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

}

/// <summary>The page cache never takes an export for a page.</summary>
public class ExportPaths(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Theory]
    [InlineData("/register/Export.csv")]
    [InlineData("/REGISTER/EXPORT.CSV")]
    [InlineData("/Register/export.xlsx")]
    public async Task AnExportIsNeverBufferedByThePageCacheWhateverTheCase(string path)
    {
        using var visitor = new Browserless(app.ServerAddress);
        using var response = await visitor.RawGetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Registry-Cache"));
    }
}

/// <summary>A typed value never reaches a spreadsheet as a formula.</summary>
public class CsvCells(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")", "'=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+77012345678", "'+77012345678")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("Сейтқали Нұрлан", "Сейтқали Нұрлан")]
    [InlineData("", "")]
    public void FormulaStartsAreNeutralised(string value, string expected) => Assert.Equal(expected, CsvRegisterWriter.Neutralise(value));

    [Fact]
    public async Task AnEmployerTypedAsAFormulaIsExportedAsText()
    {
        _ = app.ServerAddress;
        await Registered.CreateAsync(app.Services, "formula", "Формулов", "Ерлан", new Consent(true), a =>
            a.ReplaceEmployment([a.Employment[0] with { Organisation = "=HYPERLINK(\"http://evil.example\";\"x\")" }], TestApplications.NowUtc));
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/register/export.csv?q=" + Uri.EscapeDataString("формулов")));
        // Kazakh and Russian Excel separate with ";", so the cell is quoted and starts with the apostrophe.
        Assert.Contains(";\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")", csv);
        Assert.DoesNotContain(";=HYPERLINK", csv);
        Assert.DoesNotContain(";\"=HYPERLINK", csv);
    }
}

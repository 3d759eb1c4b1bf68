using System.Net;
using System.Text;
using System.Text.Json;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.Register;

/// <summary>The public register over HTTP: the page without JavaScript, the exports and the JSON API, all consent-aware.</summary>
public class PublicRegister(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static readonly Dictionary<RegistryAppFactory, Dictionary<Consent, string>> SeededBy = [];

    /// <summary>One specialist per consent combination, with distinct names, seeded once per app.</summary>
    private async Task<Dictionary<Consent, string>> SeedAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            if (SeededBy.TryGetValue(app, out var done))
                return done;
            _ = app.ServerAddress;
            var numbers = new Dictionary<Consent, string>();
            var i = 0;
            foreach (var consent in Consent.EveryCombination())
            {
                i++;
                numbers[consent] = await Registered.CreateAsync(app.Services, $"consent-{i}", $"Тексеров{new string('а', i)}", "Ғалым", consent);
            }
            await Registered.CreateAsync(app.Services, "quote", "О'Нил", "Нұрлан", new Consent(true));
            await Registered.CreateAsync(app.Services, "other-region", "Қасымова", "Айгүл", new Consent(true), a =>
                a.UpdateContacts(a.Contacts, a.Address with { RegionId = 19, Locality = "Алматы" }, TestApplications.NowUtc));
            return SeededBy[app] = numbers;
        }
        finally
        {
            Seeding.Release();
        }
    }

    private Browserless Visitor(string language = "kk-KZ") => new(app.ServerAddress, language);

    [Fact]
    public async Task ThePageShowsOnlyConsentedFieldsForEveryCombination()
    {
        var numbers = await SeedAsync();
        var page = await Visitor().GetAsync("/register?q=" + Uri.EscapeDataString("галым тексеров"));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("blazor.web.js\" autostart", page.Html); // static: no live connection needed
        foreach (var (consent, number) in numbers)
        {
            var row = Row(page.Html, number);
            if (!consent.Publish)
            {
                Assert.Null(row);
                continue;
            }
            Assert.NotNull(row);
            Assert.Equal(consent.DateOfBirth, row!.Contains("15.05.1990"));
            Assert.Equal(consent.Contacts, row.Contains("+7 701 234 56 78"));
            Assert.Equal(consent.Address, row.Contains("Мәңгілік Ел даңғылы"));
            Assert.Contains("Астана", row); // region and locality are always public
        }
    }

    [Fact]
    public async Task TheEntryPageHidesAnEntryWithoutConsent()
    {
        var numbers = await SeedAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await Visitor().GetAsync($"/register/{numbers[new Consent(false)]}")).Status);
        var shown = await Visitor("ru-RU").GetAsync($"/register/{numbers[new Consent(true, DateOfBirth: true)]}");
        Assert.Equal(HttpStatusCode.OK, shown.Status);
        Assert.Contains("15.05.1990", shown.Text);
        Assert.Contains("Не опубликовано", shown.Text); // contacts and address
    }

    [Fact]
    public async Task StaffSeeEveryEntryAndColumn()
    {
        var numbers = await SeedAsync();
        var observer = await AppAccounts.SignInAsync(app, await AppAccounts.CreateAsync(app, Roles.Observer));
        var page = await observer.GetAsync("/register?q=" + Uri.EscapeDataString("тексеров"));
        foreach (var number in numbers.Values)
        {
            var row = Row(page.Html, number);
            Assert.NotNull(row);
            Assert.Contains("15.05.1990", row);
        }
        Assert.Contains("Жариялауға келісім жоқ", page.Html);
    }

    [Fact]
    public async Task TheApiCarriesTheSameConsentRules()
    {
        var numbers = await SeedAsync();
        var json = await Visitor().GetAsync("/api/register?size=100&q=" + Uri.EscapeDataString("тексеров"));
        using var document = JsonDocument.Parse(json.Html);
        var items = document.RootElement.GetProperty("items").EnumerateArray().ToDictionary(e => e.GetProperty("number").GetString()!);
        Assert.Equal(8, document.RootElement.GetProperty("total").GetInt32());
        foreach (var (consent, number) in numbers)
        {
            if (!consent.Publish)
            {
                Assert.False(items.ContainsKey(number));
                continue;
            }
            var item = items[number];
            Assert.Equal(consent.DateOfBirth, item.GetProperty("dateOfBirth").ValueKind != JsonValueKind.Null);
            Assert.Equal(consent.Contacts, item.GetProperty("mobile").ValueKind != JsonValueKind.Null);
            Assert.Equal(consent.Address, item.GetProperty("registeredAddress").ValueKind != JsonValueKind.Null);
            Assert.Equal("Астана қаласы", item.GetProperty("region").GetProperty("kk").GetString());
            Assert.Equal("город Астана", item.GetProperty("region").GetProperty("ru").GetString());
        }
    }

    [Fact]
    public async Task NoIinReachesThePublicPagesTheApiOrTheExports()
    {
        // The specialist who consented to everything: every public column of theirs is shown, the IIN never.
        var number = (await SeedAsync())[new Consent(true, true, true, true)];
        string iin;
        await using (var db = await app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<BlazorRegistry.Core.Data.RegistryDbContext>>().CreateDbContextAsync())
            iin = db.RegisterEntries.Single(e => e.Number == number).Iin!;
        Assert.Equal(12, iin.Length);
        var q = "?q=" + Uri.EscapeDataString("тексеров");
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        foreach (var path in new[] { "/register" + q, $"/register/{number}", "/api/register?size=100&q=" + Uri.EscapeDataString("тексеров"),
                     "/register/export.csv" + q, "/register/export.xlsx" + q })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = path.Contains(".xlsx") ? XlsxText(await response.Content.ReadAsByteArrayAsync()) : await response.Content.ReadAsStringAsync();
            Assert.Contains("Мәңгілік Ел даңғылы", body); // the entry is there, with its address
            Assert.DoesNotContain(iin, body);
        }
        // Nor can a stranger find an entry by typing someone's IIN.
        Assert.Contains("Ештеңе табылмады", (await Visitor().GetAsync("/register?q=" + iin)).Text);
    }

    private static string XlsxText(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        return string.Join(" ", document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Select(c => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? ""));
    }

    [Fact]
    public async Task TheApiIsDescribedByAnOpenApiDocument()
    {
        var doc = await Visitor().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, doc.Status);
        Assert.Contains("\"/api/register\"", doc.Html);
        Assert.Contains("SearchRegister", doc.Html);
    }

    [Theory]
    [InlineData("kk-KZ", "Маманның тегі, аты, әкесінің аты (бар болса)", "Тізілімге енгізілген күні")]
    [InlineData("ru-RU", "Фамилия, имя, отчество (при наличии)", "Дата включения в реестр")]
    public async Task TheCsvHasTheAppendixHeadersAndABomAndOnlyConsentedFields(string language, string first, string last)
    {
        var numbers = await SeedAsync();
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture={Uri.EscapeDataString($"c={language}|uic={language}")}");
        var bytes = await client.GetByteArrayAsync("/register/export.csv?q=" + Uri.EscapeDataString("тексеров"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = ParseCsv(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(10, lines[0].Count);
        Assert.Equal(first, lines[0][0]);
        Assert.Equal(last, lines[0][9]);
        Assert.Equal(8, lines.Count - 1);
        var onlyDob = lines.Single(l => l[0] == NameOf(numbers, new Consent(true, DateOfBirth: true)));
        Assert.Equal("15.05.1990", onlyDob[1]);
        Assert.Equal("", onlyDob[2]);
    }

    [Theory]
    [InlineData("kk-KZ", "Маманның тегі, аты, әкесінің аты (бар болса)")]
    [InlineData("ru-RU", "Фамилия, имя, отчество (при наличии)")]
    public async Task TheXlsxOpensWithTheAppendixHeaders(string language, string first)
    {
        await SeedAsync();
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture={Uri.EscapeDataString($"c={language}|uic={language}")}");
        var bytes = await client.GetByteArrayAsync("/register/export.xlsx?q=" + Uri.EscapeDataString("тексеров"));
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.Text?.Text ?? "").ToList()).ToList();
        Assert.Equal(first, rows[0][0]);
        Assert.Equal(10, rows[0].Count);
        Assert.Equal(9, rows.Count); // the header and the eight public specialists
    }

    [Fact]
    public async Task SearchFiltersAndEmptyState()
    {
        await SeedAsync();
        var visitor = Visitor();
        Assert.Contains("Табылды: 1", (await visitor.GetAsync("/register?q=" + Uri.EscapeDataString("нурлан"))).Text);
        var almaty = await visitor.GetAsync("/register?region=75");
        Assert.Contains("Қасымова", almaty.Text);
        Assert.Contains("Табылды: 1", almaty.Text);
        Assert.Contains("Табылды: 1", (await visitor.GetAsync("/register?q=" + Uri.EscapeDataString("о'нил"))).Text);
        var none = await visitor.GetAsync("/register?q=" + Uri.EscapeDataString("мұндай адам жоқ"));
        Assert.Contains("Ештеңе табылмады", none.Text);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/register?page=999&size=7&region=xx&profession=abc")).Status);
    }

    private static string NameOf(Dictionary<Consent, string> numbers, Consent consent)
    {
        var index = Consent.EveryCombination().ToList().IndexOf(consent) + 1;
        return $"Тексеров{new string('а', index)} Ғалым Әлиұлы";
    }

    /// <summary>The text of the table row of an entry, or null when it is not on the page.</summary>
    private static string? Row(string html, string number) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector($"tr[data-number='{number}']")?.TextContent;

    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ';') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n') { row.Add(cell.ToString().TrimEnd('\r')); cell.Clear(); rows.Add(row); row = []; }
            else cell.Append(c);
        }
        return rows;
    }
}

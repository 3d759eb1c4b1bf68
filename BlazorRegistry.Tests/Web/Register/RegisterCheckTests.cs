using System.Net;
using BlazorRegistry.Tests.Support;

namespace BlazorRegistry.Tests.Web.Register;

/// <summary>Issue #17, point 5, over HTTP: the static bulk-check page, its CSV, in the page's language.</summary>
public class RegisterCheckPage(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Fact]
    public async Task AListIsCheckedAndTheAnswerDownloadsAsCsv()
    {
        _ = app.ServerAddress;
        var number = await Registered.CreateAsync(app.Services, $"check-{Guid.NewGuid():N}", "Тексерілгенова", "Айгерім", new Consent(true));
        using var visitor = new Browserless(app.ServerAddress, "ru-RU");
        var page = await visitor.SubmitAsync("/register/check", "check", new() { ["Lines"] = $"{number}\nНеизвестная Персона" });
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Найдено: 1. Несколько совпадений: 0. Не найдено: 1.", page.Text);
        Assert.Contains("Тексерілгенова Айгерім", page.Text);

        var csv = await visitor.PostFormAsync(page, "/register/check.csv");
        Assert.Equal(HttpStatusCode.OK, csv.Status);
        Assert.Contains($"{number};найдено;", csv.Html);
        Assert.Contains("Неизвестная Персона;не найдено", csv.Html);
        Assert.Contains("Дата включения в реестр", csv.Html);

        // Over a hundred lines: a clear word, no answer.
        var tooMany = await visitor.SubmitAsync("/register/check", "check",
            new() { ["Lines"] = string.Join("\n", Enumerable.Range(1, 101).Select(i => $"RS-2026-{i:D6}")) });
        Assert.Equal(HttpStatusCode.OK, tooMany.Status);
        Assert.Contains("В одной проверке не больше 100 строк", tooMany.Text);
    }
}

/// <summary>The bulk check reads up to 100 lines a post: a client address gets Registry:RateLimits:BulkChecksPerMinute of them a minute.</summary>
public class RegisterCheckLimits(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Fact]
    public async Task ChecksPastTheLimitGet429WithAWait()
    {
        _ = app.ServerAddress;
        using var visitor = new Browserless(app.ServerAddress);
        var form = await visitor.GetAsync("/register/check");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
            statuses.Add((await visitor.SubmitAsync(form, "check", new() { ["Lines"] = "RS-2026-000001" })).Status);
        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        var refused = await visitor.SubmitAsync(form, "check", new() { ["Lines"] = "RS-2026-000001" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.NotNull(refused.Headers?.RetryAfter);
        // Reading the page is not limited.
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/register/check")).Status);
    }
}

/// <summary>The public page cache never hands one visitor's form (and its antiforgery token) to another.</summary>
public class RegisterCheckNotCached(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Fact]
    public async Task TwoVisitorsEachGetTheirOwnFormAndBothCanCheck()
    {
        _ = app.ServerAddress;
        using var first = new Browserless(app.ServerAddress);
        using var second = new Browserless(app.ServerAddress);
        var firstForm = await first.GetAsync("/register/check");
        var secondForm = await second.GetAsync("/register/check");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await first.SubmitAsync(firstForm, "check", new() { ["Lines"] = "RS-2026-000001" })).Status);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await second.SubmitAsync(secondForm, "check", new() { ["Lines"] = "RS-2026-000001" })).Status);
    }
}

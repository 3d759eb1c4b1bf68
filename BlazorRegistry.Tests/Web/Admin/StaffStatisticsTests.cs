using System.Net;
using System.Text;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Tests.Support;

namespace BlazorRegistry.Tests.Web.Admin;

/// <summary>Issue #17, point 3, over HTTP: staff read the figures and download each as CSV; the public and applicants cannot.</summary>
public class StaffStatisticsPage(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Fact]
    public async Task AnObserverReadsEveryFigureAndItsCsvHasTheTablesRows()
    {
        for (var i = 0; i < 3; i++)
            await Registered.SubmittedAsync(app.Services, $"stats-web-{Guid.NewGuid():N}", "Статистикова", "Айгүл");
        var observer = await AppAccounts.CreateAsync(app, Roles.Observer, language: "ru");
        using var client = await AppAccounts.SignInAsync(app, observer, "ru-RU");

        var page = await client.GetAsync("/statistics?from=2020-01-01&to=2030-12-31");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        foreach (var id in BlazorRegistry.App.Statistics.FigureTables.Ids)
            Assert.Contains($"data-testid=\"{id}\"", page.Html);
        Assert.Contains("Поступило заявок за период: 3", page.Text);
        Assert.Contains("Поступило", page.Text);

        var (status, type, name, body) = await client.DownloadAsync("/statistics/by-state.csv?from=2020-01-01&to=2030-12-31");
        Assert.Equal((HttpStatusCode.OK, "text/csv"), (status, type));
        Assert.EndsWith(".csv", name);
        var lines = Encoding.UTF8.GetString(body).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Состояние;Количество", "Отправлена;3"], lines);

        // A filter nobody matches: the figures say there is nothing, never an error.
        var empty = await client.GetAsync("/statistics?from=2020-01-01&to=2030-12-31&region=5");
        Assert.Contains("Поступило заявок за период: 0", empty.Text);
        // Nonsense in the query falls back to the last twelve months; days at the ends of the calendar are brought in.
        foreach (var query in new[] { "from=abc&to=2026-99-99", "to=9999-12-31", "from=0001-01-01&to=0001-01-02", "region=x&profession=-1" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/statistics?{query}")).Status);
            Assert.Equal(HttpStatusCode.OK, (await client.DownloadAsync($"/statistics/overdue.csv?{query}")).Status);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.DownloadAsync("/statistics/passwords.csv")).Status);
    }

    [Fact]
    public async Task NeitherTheAnonymousPublicNorAnApplicantGetsAFigure()
    {
        using var anonymous = new Browserless(app.ServerAddress);
        using (var response = await anonymous.RawGetAsync("/statistics/overdue.csv"))
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var applicant = await AppAccounts.CreateAsync(app, Roles.Applicant);
        using var client = await AppAccounts.SignInAsync(app, applicant);
        using var denied = await client.RawGetAsync("/statistics/overdue.csv");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
    }
}

using System.Net;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Tests.Support;

namespace BlazorRegistry.Tests.Web.Admin;

/// <summary>Issue #17, point 2, over HTTP: an administrator marks a day on /admin/calendar; nobody else can.</summary>
public class CalendarAdminPage(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Fact]
    public async Task AnAdministratorMarksADayAndSeesItAnApplicantCannot()
    {
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator, language: "ru");
        using var client = await AppAccounts.SignInAsync(app, admin, "ru-RU");
        var page = await client.GetAsync("/admin/calendar?year=2026");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var saved = await client.PostFormAsync(page, "/admin/calendar/days", new()
        {
            ["date"] = "2026-03-26", ["kind"] = "NonWorking", ["note"] = "Наурыз: дополнительный выходной",
        });
        Assert.Contains("Сохранено. Сдвинуто сроков:", saved.Text);
        Assert.Contains("Наурыз: дополнительный выходной", saved.Text);

        // A weekday made "working" is refused with its reason, nothing saved.
        var refused = await client.PostFormAsync(saved, "/admin/calendar/days", new() { ["date"] = "2026-03-31", ["kind"] = "Working", ["note"] = "x" });
        Assert.Contains("Рабочим днём можно сделать только субботу или воскресенье.", refused.Text);

        var applicant = await AppAccounts.CreateAsync(app, Roles.Applicant);
        using var stranger = await AppAccounts.SignInAsync(app, applicant);
        var home = await stranger.GetAsync("/");
        using var response = await stranger.RawPostAsync("/admin/calendar/days", new() { ["date"] = "2026-03-27", ["kind"] = "NonWorking", ["note"] = "x" });
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        // The list of marked days (dates as the page's culture writes them) has the 26th, not the stranger's 27th.
        var after = (await client.GetAsync("/admin/calendar?year=2026")).Text;
        Assert.Contains("26.03.2026", after);
        Assert.DoesNotContain("27.03.2026", after);

        // The audit page words the change; a note holding the separator cannot pass for the count of moved deadlines.
        await client.PostFormAsync(await client.GetAsync("/admin/calendar?year=2026"), "/admin/calendar/days", new()
        {
            ["date"] = "2026-04-09", ["kind"] = "NonWorking", ["note"] = "Приказ|0",
        });
        var audit = (await client.GetAsync("/admin/audit")).Text;
        Assert.Contains("09.04.2026 — ", audit);
        Assert.Matches(@"Приказ\|0; сдвинуто сроков: \d+", audit);
        Assert.NotNull(home);
    }
}

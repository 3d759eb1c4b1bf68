using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.Words;

/// <summary>
/// Between 00:00 and 05:00 in Kazakhstan, UTC is still on yesterday: a date shown or put in a file name is
/// Kazakhstan's. (Its own app: the clock is moved.)
/// </summary>
public class KazakhstanDays(RegistryAppFactory app) : IClassFixture<RegistryAppFactory>
{
    [Fact]
    public async Task AnExportMadeAtHalfPastOneInTheNightIsNamedAfterThatDay()
    {
        app.Time.SetUtcNow(new DateTimeOffset(2030, 3, 1, 20, 30, 0, TimeSpan.Zero)); // 1:30 on 2 March in Astana
        using var visitor = new Browserless(app.ServerAddress, "kk-KZ");
        using var response = await visitor.RawGetAsync("/register/export.csv");
        Assert.Equal("mamandar-tizilimi-20300302.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task TheUsersPageShowsTheDayAnAccountWasCreatedInKazakhstan()
    {
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator);
        var observer = await AppAccounts.CreateAsync(app, Roles.Observer);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
            var stored = (await users.FindByIdAsync(observer.Id))!;
            stored.CreatedAtUtc = new DateTime(2026, 11, 30, 20, 30, 0, DateTimeKind.Utc); // 01:30 on 1 December in Astana
            await users.UpdateAsync(stored);
        }
        using var visitor = await AppAccounts.SignInAsync(app, admin);
        var page = await visitor.GetAsync("/admin/users?q=" + Uri.EscapeDataString(observer.UserName!));
        var row = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Html).QuerySelectorAll("tr").Single(r => r.TextContent.Contains(observer.UserName!));
        Assert.Contains("01.12.2026", row.TextContent);
        Assert.DoesNotContain("30.11.2026", row.TextContent);
    }
}

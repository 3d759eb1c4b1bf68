using System.Net;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.Operations;

/// <summary>Issue #14, point 4: data-protection keys persist in the data directory, so a restart signs nobody out.</summary>
public class DataProtectionKeys
{
    private sealed class AppOn(string dataDirectory) : RegistryAppFactory(dataDirectory);

    [Fact]
    public async Task ASignedInSessionAndAFormsAntiforgeryTokenSurviveARestart()
    {
        var folder = Path.Combine(Path.GetTempPath(), "registry-web-tests", Guid.NewGuid().ToString("N"));
        try
        {
            Browserless before;
            Browserless.Page form;
            await using (var first = new AppOn(folder))
            {
                await first.InitializeAsync();
                var admin = await AppAccounts.CreateAsync(first, Roles.Administrator);
                before = await AppAccounts.SignInAsync(first, admin, "ru-RU");
                form = await before.GetAsync("/admin/users");
                Assert.Contains("create-staff", form.Html);
                // Without a fixed application name the keys are tied to the app's folder: a redeploy into a new
                // folder (both instances here share one) would sign everybody out.
                Assert.Equal("BlazorRegistry", first.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.DataProtection.DataProtectionOptions>>()
                    .Value.ApplicationDiscriminator);
            }
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "keys"), "key-*.xml"));

            await using var second = new AppOn(folder);
            await second.InitializeAsync();
            // The same cookies (sign-in, antiforgery, culture) against the restarted app on another port.
            using var after = new Browserless(second.ServerAddress);
            foreach (Cookie cookie in before.Cookies.GetAllCookies())
                after.Cookies.Add(second.ServerAddress, new Cookie(cookie.Name, cookie.Value, "/"));

            var page = await after.GetAsync("/admin/users");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal("/admin/users", page.Url); // still signed in, not sent to the sign-in page

            // The form rendered before the restart, with its antiforgery token, still posts.
            var email = $"observer-{Guid.NewGuid():N}@example.kz";
            var posted = await after.SubmitAsync(form, "create-staff", new()
            {
                ["Input.Email"] = email,
                ["Input.Role"] = Roles.Observer,
                ["Input.Password"] = AppAccounts.Password,
            });
            Assert.Equal(HttpStatusCode.OK, posted.Status);
            Assert.Contains($"Учётная запись {email} создана.", posted.Text);
            before.Dispose();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}

/// <summary>Issue #14, points 4 and 6: a wrong setting stops the start with a message naming its key.</summary>
public class StartUpConfiguration
{
    private static string StartFailure(string environment, params (string Key, string Value)[] settings)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            foreach (var (key, value) in settings)
                b.UseSetting(key, value);
        });
        var ex = Assert.ThrowsAny<Exception>(() => factory.Services);
        return ex.ToString();
    }

    private static (string, string) TempData => ("Registry:DataDirectory", Path.Combine(Path.GetTempPath(), "registry-web-tests", Guid.NewGuid().ToString("N")));

    [Fact]
    public void ANegativeRateLimitNamesItsKey() =>
        Assert.Contains("Registry:RateLimits:ApiRequestsPerMinute", StartFailure("Development", TempData, ("Registry:RateLimits:ApiRequestsPerMinute", "-5")));

    [Fact]
    public void AnSmtpHostThatIsNoHostNamesItsKey() =>
        Assert.Contains("Registry:Smtp:Host 'mail server!'", StartFailure("Development", TempData, ("Registry:Smtp:Host", "mail server!")));

    [Fact]
    public void APortOutOfRangeNamesItsKey() =>
        Assert.Contains("Registry:Smtp:Port", StartFailure("Development", TempData, ("Registry:Smtp:Port", "70000")));

    [Theory]
    [InlineData("Registry:Uploads:MaxFiles")]
    [InlineData("Registry:Exports:MaxConcurrent")]
    [InlineData("Registry:Delivery:MaxBacklogAgeMinutes")]
    public void ANegativeLimitAnywhereInTheTreeNamesItsKey(string key) =>
        Assert.Contains(key, StartFailure("Development", TempData, (key, "-1")));

    [Theory]
    [InlineData("Registry:Uploads:MaxFiles", "0")]
    [InlineData("Registry:Exports:MaxConcurrent", "0")]
    [InlineData("Registry:Accounts:Codes:MaxWrongCodes", "0")]
    [InlineData("Registry:Accounts:Codes:LockoutDuration", "00:00:00")]
    [InlineData("Registry:Accounts:Codes:LockoutWindow", "-00:05:00")]
    [InlineData("Registry:ForwardedHeaders:KnownProxies:0", "10.0.0.300")]
    public void AValueThatWouldQuietlyDisableAProtectionNamesItsKey(string key, string value) =>
        Assert.Contains(key, StartFailure("Development", TempData, (key, value)));

    [Fact]
    public void ProductionNeedsAnExplicitDataDirectory() =>
        Assert.Contains("Registry:DataDirectory must be set outside Development", StartFailure("Production"));
}

using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.ReferenceData;
using System.Globalization;
using System.Security.Claims;
using BlazorRegistry.App.Components.Pages.Apply;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Files;
using BlazorRegistry.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace BlazorRegistry.Tests.Components.Apply;

/// <summary>
/// The wizard rendered by bUnit over a real SQLite database: Core's services as in production, an
/// applicant signed in, MudBlazor with loose JS interop, and the page culture set per test.
/// </summary>
public abstract class WizardContext : BunitContext, IAsyncLifetime
{
    protected TestDatabase Db { get; private set; } = null!;
    protected string UserId { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync(DateTimeOffset.UtcNow);
        await using (var scope = Db.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
            await scope.ServiceProvider.GetRequiredService<AccountSeeder>().SeedAsync([]);
            var user = new RegistryUser { UserName = "applicant@example.kz", Email = "applicant@example.kz", EmailConfirmed = true };
            await users.CreateAsync(user, "Strong-Pass-1");
            await users.AddToRoleAsync(user, Roles.Applicant);
            UserId = user.Id;
        }

        Services.AddMudServices(o => o.SnackbarConfiguration.ShowTransitionDuration = 0);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<ErrorMessages>();
        Services.AddLocalizationInterceptor<MudTextsInterceptor>();
        Services.AddSingleton(Db.Get<ApplicationService>());
        Services.AddSingleton(Db.Get<ReferenceDataProvider>());
        Services.AddSingleton(Db.Get<CalendarProvider>());
        Services.AddSingleton(Db.Get<FileStore>());
        Services.AddSingleton<TimeProvider>(Db.Time);
        var scopeForUsers = Db.Services.CreateScope();
        Services.AddSingleton(scopeForUsers.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>());
        var auth = AddAuthorization();
        auth.SetAuthorized("applicant@example.kz");
        auth.SetRoles(Roles.Applicant);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, UserId));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected static void UseCulture(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
    }

    /// <summary>The wizard at a step, inside the popover provider that MudSelect needs.</summary>
    protected IRenderedComponent<BlazorRegistry.App.Components.Pages.Apply.Apply> RenderStep(int step)
    {
        Render<MudPopoverProvider>();
        var wizard = Render<BlazorRegistry.App.Components.Pages.Apply.Apply>(p => p.Add(a => a.Step, step));
        wizard.WaitForState(() => wizard.FindAll("#step-title").Count == 1, TimeSpan.FromSeconds(5));
        return wizard;
    }

    protected async Task<Application> DraftAsync() => await Db.Get<ApplicationService>().GetOrStartDraftAsync(UserId);

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        await Db.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

using BlazorRegistry.App.Components.Admin;
using BlazorRegistry.App.Components.Account;
using BlazorRegistry.App.Components.Account.RateLimiting;
using BlazorRegistry.App.Components.Admin.Audit;
using BlazorRegistry.App.Components.Admin.Reference;
using BlazorRegistry.App.Diagnostics;
using BlazorRegistry.App.Files;
using BlazorRegistry.App.Health;
using BlazorRegistry.App.Http;
using BlazorRegistry.App.Security;
using BlazorRegistry.App.Statistics;
using BlazorRegistry.App.Register;
using BlazorRegistry.App.Localization;
using BlazorRegistry.App.Notifications;
using BlazorRegistry.App.Organisations;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;

namespace BlazorRegistry.App;

/// <summary>The App's wiring, so Program.cs reads as a table of contents.</summary>
public static class RegistryAppExtensions
{
    public static WebApplicationBuilder AddRegistryApp(this WebApplicationBuilder builder)
    {
        // Serve MudBlazor's and our own static files when run from the build output in any environment
        // (dotnet run --environment Production, benchmarks); a published app has no manifest, so this is a no-op there.
        builder.WebHost.UseStaticWebAssets();
        var options = RegistryOptions.From(builder.Configuration);
        // A wrong setting stops the start here, naming its key, before anything touches the data.
        RegistryOptionsValidator.ThrowIfInvalid(options, builder.Environment);
        builder.Services.AddOptions<RegistryOptions>().Bind(builder.Configuration.GetSection(RegistryOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RegistryOptions>, RegistryOptionsValidator>();
        var contentRoot = builder.Environment.ContentRootPath;
        var dataDirectory = options.ResolveDataDirectory(contentRoot);
        builder.Services.AddRegistryCore(options.ResolveDatabase(builder.Configuration, contentRoot), Path.Combine(dataDirectory, "files"), options.Uploads);
        // Sign-in cookies, antiforgery tokens and circuits survive a restart: the keys live beside the data, not in the
        // container. On PostgreSQL they are in the database, so every instance reads the same ones (issue #18).
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("BlazorRegistry");
        if (options.Database.Provider == Core.Data.DatabaseProvider.PostgreSql)
            dataProtection.PersistKeysToDbContext<Core.Data.PostgreSql.PostgreSqlRegistryDbContext>();
        else
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));

        builder.Services.AddRegistryLocalization();
        builder.Services.AddMudServices(c => c.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomLeft);
        builder.AddRegistryAccounts();
        builder.Services.AddRegistrySecurity();
        builder.Services.AddRegistryNotifications();
        builder.Services.AddRegistryOrganisations();
        builder.Services.AddSingleton<PublicRegisterCache>();
        builder.Services.AddSingleton<Components.Layout.ThemeStylesheet>();
        builder.Services.AddScoped<FigureTables>();
        builder.Services.AddRegisterApi(options.RateLimits.ApiRequestsPerMinute);
        builder.Services.AddRegisterExports(options.Exports);
        builder.Services.AddEntryExtracts();
        builder.Services.AddRegistryFiles();
        builder.Services.AddApiProblemDetails();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddRegistryHealth();
        return builder;
    }

    /// <summary>Creates or migrates the database and seeds reference data before the first request.</summary>
    public static async Task InitializeRegistryAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        var options = app.Services.GetRequiredService<IOptions<RegistryOptions>>().Value;
        var administrators = new List<AdministratorAccount>();
        if (options.FirstAdministrator is { Email: { Length: > 0 } email, Password: { Length: > 0 } password })
            administrators.Add(new AdministratorAccount(email, password));
        // The demo account exists only in Development, whatever the configuration says.
        if (app.Environment.IsDevelopment() && options.DemoAdministrator is { Email: { Length: > 0 } demoEmail, Password: { Length: > 0 } demoPassword })
            administrators.Add(new AdministratorAccount(demoEmail, demoPassword));
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountSeeder>().SeedAsync(administrators);
    }

    /// <summary>The seed-demo command: fills the database with demo specialists and exits.</summary>
    public static async Task SeedDemoDataAsync(this WebApplication app, string[] args)
    {
        var at = Array.IndexOf(args, "--specialists");
        var count = at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var n) && n > 0 ? n : 1000;
        var report = await app.Services.GetRequiredService<Core.Demo.DemoDataGenerator>().GenerateAsync(count);
        Console.WriteLine($"Seeded {report.Registered} registered specialists and {report.Other} applications in other states in {report.Took.TotalSeconds:F0} s.");
    }

    public static WebApplication UseRegistryApp(this WebApplication app)
    {
        app.UseRegistryForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseServerTiming();
        app.UseApiProblemDetails();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            // Behind a TLS-terminating proxy the request is plain HTTP: cookies are Secure all the same.
            app.UseHsts();
            app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurePolicy.Always });
        }
        // People get the "not found" page; the API's callers get problem details (UseApiProblemDetails).
        app.UseWhen(http => !Register.ApiProblemDetails.IsApi(http),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseHeadAsGet();
        app.UseRouting();
        app.UseRegistryLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePublicRegisterCache();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapCultureEndpoints();
        app.MapRegistryAccounts();
        app.MapRegistryFiles();
        app.MapRegistryOrganisations();
        app.MapDeliveryAdministration();
        app.MapCalendarAdministration();
        app.MapReferenceAdministration();
        app.MapStatisticsExport();
        app.MapRegisterExports();
        app.MapRegisterCheckExport();
        app.MapEntryExtracts();
        app.MapRegisterApi();
        app.MapAuditExport();
        app.MapBenchmarkEndpoints();
        app.MapRegistryHealth();
        // frame-ancestors comes from SecurityHeaders ('none'), not Blazor's default ('self').
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BlazorRegistry.App.Components.Account;
using BlazorRegistry.App.Components.Account.RateLimiting;
using BlazorRegistry.App.Diagnostics;
using BlazorRegistry.App.Files;
using BlazorRegistry.App.Health;
using BlazorRegistry.App.Register;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
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
        var options = builder.Configuration.GetSection(RegistryOptions.Section).Get<RegistryOptions>() ?? new RegistryOptions();
        builder.Services.Configure<RegistryOptions>(builder.Configuration.GetSection(RegistryOptions.Section));
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddRegistryCore(options.ResolveDatabasePath(contentRoot), Path.Combine(options.ResolveDataDirectory(contentRoot), "files"));

        // Kazakh and Russian text goes out as characters, not as &#x...; entities (the default encoder
        // allows Basic Latin only), which keeps pages a third of the size and readable in tests.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddLocalization();
        builder.Services.AddScoped<ErrorMessages>();
        builder.Services.AddMudServices(c => c.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomLeft);
        builder.Services.AddLocalizationInterceptor<MudTextsInterceptor>();

        builder.AddRegistryAccounts();
        builder.Services.AddSingleton<PublicRegisterCache>();
        builder.Services.AddRegisterApi(builder.Configuration.GetValue("Registry:RateLimits:ApiRequestsPerMinute", 120));
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
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
        // Server-Timing: how long the server took until the response started, for the benchmark scripts
        // (bench/). Only in benchmark mode and only to loopback: elsewhere it would tell a visitor how much
        // work a request did, e.g. whether a sign-in hashed a real password.
        if (app.Configuration.GetValue("Registry:Benchmark:Enabled", false))
            app.Use((http, next) =>
            {
                if (http.Connection.RemoteIpAddress is not { } ip || !System.Net.IPAddress.IsLoopback(ip))
                    return next(http);
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                http.Response.OnStarting(() =>
                {
                    http.Response.Headers["Server-Timing"] = "app;dur=" + System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
                    return Task.CompletedTask;
                });
                return next(http);
            });
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

        // Kazakh unless the visitor chose Russian (cookie) or a link says so (?culture=ru-RU).
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture(SupportedCultures.Default)
                .AddSupportedCultures([.. SupportedCultures.All])
                .AddSupportedUICultures([.. SupportedCultures.All]);
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePublicRegisterCache();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapCultureEndpoints();
        app.MapRegistryAccounts();
        app.MapRegistryFiles();
        app.MapRegisterExports();
        app.MapRegisterApi();
        app.MapBenchmarkEndpoints();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync });
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static Task WriteHealthAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        }));
    }
}

using System.Net;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace BlazorRegistry.Tests.Web;

/// <summary>
/// Pages with lists to choose from (MudBlazor selects) are rendered on the server first, before their circuit opens, and
/// the popover provider lives only with the circuit: that first render must log no error, or every board and wizard
/// opened would put an error line in the operators' log.
/// </summary>
public class PrerenderedPopovers(PrerenderedPopovers.App app) : IClassFixture<PrerenderedPopovers.App>
{
    public sealed class App : RegistryAppFactory
    {
        public ErrorLog Errors { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Errors));
        }
    }

    [Fact]
    public async Task TheBoardAndTheWizardRenderTheirListsOnTheServerWithoutAnError()
    {
        var admin = await AppAccounts.CreateAsync(app, Roles.Administrator);
        var board = await (await AppAccounts.SignInAsync(app, admin)).GetAsync("/review");
        Assert.Equal(HttpStatusCode.OK, board.Status);
        Assert.Contains("board-search", board.Html); // the filters, with their selects, were rendered
        var applicant = await AppAccounts.CreateAsync(app, Roles.Applicant);
        Assert.Equal(HttpStatusCode.OK, (await (await AppAccounts.SignInAsync(app, applicant)).GetAsync("/apply/1")).Status);

        Assert.Empty(app.Errors.Messages);
    }

    /// <summary>Every error-level line any logger writes.</summary>
    public sealed class ErrorLog : ILoggerProvider
    {
        private readonly List<string> _messages = [];

        public IReadOnlyList<string> Messages { get { lock (_messages) return [.. _messages]; } }

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose() { }

        private sealed class Logger(ErrorLog log, string category) : ILogger
        {
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel >= LogLevel.Error)
                    lock (log._messages) log._messages.Add($"{category}: {formatter(state, exception)}");
            }

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        }
    }
}

using System.Net;
using System.Text.Json;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Web.Operations;

/// <summary>Issue #14, point 7: the API's errors are RFC 9457 problem details, described in the OpenAPI document.</summary>
public class ApiProblemDetails(ApiProblemDetails.App app) : IClassFixture<ApiProblemDetails.App>
{
    /// <summary>Two API requests a minute, and a reference data provider that is broken (every API call throws).</summary>
    public sealed class App : RegistryAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Registry:RateLimits:ApiRequestsPerMinute", "2");
        }
    }

    private sealed class Broken : RegistryAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<ReferenceDataProvider>(_ => throw new InvalidOperationException("broken on purpose")));
        }
    }

    [Fact]
    public async Task ATooManyRequestsAnswerIsAProblemWithRetryAfter()
    {
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        HttpResponseMessage response = null!;
        for (var i = 0; i < 3; i++)
            response = await client.GetAsync("/api/register?q=x", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.InRange(int.Parse(response.Headers.GetValues("Retry-After").Single()), 1, 60);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(429, body.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AnExceptionIsAProblemNotTheHtmlErrorPage()
    {
        await using var broken = new Broken();
        await broken.InitializeAsync();
        using var client = new HttpClient { BaseAddress = broken.ServerAddress };
        var response = await client.GetAsync("/api/register", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<html", text, StringComparison.OrdinalIgnoreCase);
        using var body = JsonDocument.Parse(text);
        Assert.Equal(500, body.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AnUnknownApiPathIsAProblemWhileAPageKeepsItsNotFoundPage()
    {
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        var api = await client.GetAsync("/api/no-such-thing", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        using (var body = JsonDocument.Parse(await api.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)))
            Assert.Equal(404, body.RootElement.GetProperty("status").GetInt32());

        var page = await client.GetAsync("/no-such-page", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheProblems()
    {
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        var document = await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(document);
        var responses = json.RootElement.GetProperty("paths").GetProperty("/api/register").GetProperty("get").GetProperty("responses");
        foreach (var status in new[] { "429", "500" })
            Assert.True(responses.GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _), status);
        Assert.True(responses.GetProperty("429").GetProperty("headers").TryGetProperty("Retry-After", out _));
    }
}

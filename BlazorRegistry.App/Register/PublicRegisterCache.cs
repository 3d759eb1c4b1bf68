using BlazorRegistry.Core.ReferenceData;
using System.Globalization;
using BlazorRegistry.Core.Events;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace BlazorRegistry.App.Register;

/// <summary>
/// The public register pages as an anonymous visitor gets them, kept per address and language until the
/// register changes. Every anonymous visitor of the same search sees the same page, and the register
/// changes only when an administrator registers someone, so most visits need neither the database nor
/// the renderer (issue #8: public search throughput). Signed-in people always get a fresh page: staff see
/// more columns and applicants their own menu.
/// </summary>
/// <remarks>
/// Not ASP.NET's output cache: Blazor's static rendering sets an antiforgery cookie on every response to
/// a cookieless visitor while interactive render modes are configured, and the output cache refuses
/// responses that set cookies. Here the page is stored without its headers: the visitor who rendered it
/// keeps the cookie, the others get it from the first form they open (sign-in, sign-up).
/// </remarks>
public sealed class PublicRegisterCache : IDisposable
{
    /// <summary>A guard against changes this process did not see (another process writing to the same database).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private const long SizeLimitBytes = 64 * 1024 * 1024;
    private const long LargestPageBytes = 1024 * 1024;

    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes });
    private readonly IDisposable _subscription;
    private readonly ReferenceDataProvider _reference;
    private CancellationTokenSource _generation = new();

    public PublicRegisterCache(IApplicationEvents events, ReferenceDataProvider reference)
    {
        // The pages name regions and professions: an administrator's edit of the lists shows at once.
        _reference = reference;
        _reference.Changed += Clear;
        _subscription = events.Subscribe(e =>
        {
            if (e.Kind.ChangesPublicRegister())
                Clear();
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// Anonymous GETs of /register and /register/{number}; never the exports or the API, nor the bulk check's
    /// form (its antiforgery token belongs to one visitor's cookie). Paths compare as routing does, ignoring
    /// case: /register/Export.csv is an export too and must never be buffered.
    /// </summary>
    public static bool Applies(HttpContext http) =>
        HttpMethods.IsGet(http.Request.Method)
        && http.User.Identity?.IsAuthenticated != true
        && http.Request.Path.StartsWithSegments("/register", StringComparison.OrdinalIgnoreCase, out var rest)
        && (!rest.HasValue || rest.Value is "/" || (rest.Value!.IndexOf('/', 1) < 0 && !rest.Value.StartsWith("/export.", StringComparison.OrdinalIgnoreCase)
                                                    && !rest.Value.StartsWith("/check", StringComparison.OrdinalIgnoreCase)));

    public void Clear()
    {
        var previous = Interlocked.Exchange(ref _generation, new CancellationTokenSource());
        // Not disposed: a request may still be reading its token.
        previous.Cancel();
    }

    internal static string KeyOf(HttpContext http) => string.Join('|',
        CultureInfo.CurrentUICulture.Name,
        // Blazor's enhanced navigation asks for the same page with this header; keep the answers apart.
        http.Request.Headers["blazor-enhanced-nav"].ToString(),
        http.Request.Path.Value,
        http.Request.QueryString.Value);

    internal bool TryGet(string key, out CachedPage page) => _pages.TryGetValue(key, out page!);

    /// <summary>Taken before a page is rendered: a registration during the rendering expires it at once.</summary>
    internal CancellationToken Generation => _generation.Token;

    internal void Store(string key, CachedPage page, CancellationToken generation)
    {
        if (page.Body.Length > LargestPageBytes)
            return;
        using var entry = _pages.CreateEntry(key);
        entry.Value = page;
        entry.Size = page.Body.Length + key.Length * 2;
        entry.AbsoluteExpirationRelativeToNow = MaxAge;
        entry.AddExpirationToken(new CancellationChangeToken(generation));
    }

    public void Dispose()
    {
        _reference.Changed -= Clear;
        _subscription.Dispose();
        _pages.Dispose();
        _generation.Dispose();
    }

    internal sealed record CachedPage(string ContentType, byte[] Body);
}

public static class PublicRegisterCacheExtensions
{
    /// <summary>Serves anonymous register pages from <see cref="PublicRegisterCache"/>; runs after authentication and localization.</summary>
    public static IApplicationBuilder UsePublicRegisterCache(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!PublicRegisterCache.Applies(http))
        {
            await next(http);
            return;
        }
        var cache = http.RequestServices.GetRequiredService<PublicRegisterCache>();
        var key = PublicRegisterCache.KeyOf(http);
        if (cache.TryGet(key, out var cached))
        {
            http.Response.ContentType = cached.ContentType;
            http.Response.ContentLength = cached.Body.Length;
            http.Response.Headers["X-Registry-Cache"] = "hit";
            await http.Response.Body.WriteAsync(cached.Body, http.RequestAborted);
            return;
        }

        var generation = cache.Generation;
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            http.Response.Headers["X-Registry-Cache"] = "miss";
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        var body = buffer.ToArray();
        if (http.Response.StatusCode == StatusCodes.Status200OK && http.Response.ContentType is { } type && type.StartsWith("text/html", StringComparison.Ordinal))
            cache.Store(key, new PublicRegisterCache.CachedPage(type, body), generation);
        await original.WriteAsync(body, http.RequestAborted);
    });
}

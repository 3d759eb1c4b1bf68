using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace BlazorRegistry.Tests.Support;

/// <summary>
/// A visitor without a browser: keeps cookies, reads a page's form (antiforgery token and Blazor's form
/// name included), posts it like a browser would, and follows redirects itself so tests can see them.
/// </summary>
public sealed partial class Browserless : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _client;
    public CookieContainer Cookies { get; } = new();

    public Browserless(Uri server, string? language = null)
    {
        _client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = server };
        if (language is not null)
            Cookies.Add(server, new Cookie(".AspNetCore.Culture", Uri.EscapeDataString($"c={language}|uic={language}")));
    }

    public sealed record Page(HttpStatusCode Status, string Url, string Html)
    {
        /// <summary>The last response's headers (Retry-After, Server-Timing, …).</summary>
        public System.Net.Http.Headers.HttpResponseHeaders? Headers { get; init; }

        public string Text => Parser.ParseDocument(Html).Body?.TextContent ?? "";
    }

    public async Task<Page> GetAsync(string url)
    {
        var response = await _client.GetAsync(url);
        return await FollowAsync(response, url);
    }

    /// <summary>A download as it arrives: status, content type, file name and bytes (no redirect followed).</summary>
    public async Task<(HttpStatusCode Status, string? ContentType, string? FileName, byte[] Body)> DownloadAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType,
            response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName,
            await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>Fills the form named <paramref name="formName"/> on the page at <paramref name="url"/> and submits it.</summary>
    public async Task<Page> SubmitAsync(string url, string formName, Dictionary<string, string> fields)
    {
        var page = await GetAsync(url);
        return await SubmitAsync(page, formName, fields);
    }

    public Task<Page> SubmitAsync(Page page, string formName, Dictionary<string, string> fields) =>
        SubmitPairsAsync(page, formName, fields.Select(f => (f.Key, f.Value)));

    /// <summary>As above, where a name may repeat (a group of checkboxes): every pair is sent.</summary>
    public async Task<Page> SubmitPairsAsync(Page page, string formName, IEnumerable<(string Name, string Value)> fields)
    {
        var document = Parser.ParseDocument(page.Html);
        var form = document.Forms.FirstOrDefault(f => f.QuerySelector($"input[name='_handler'][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"No form {formName} on {page.Url}: {page.Text[..Math.Min(300, page.Text.Length)]}");
        var typed = fields.ToList();
        var values = form.QuerySelectorAll("input[type=hidden]").Select(i => (Name: i.GetAttribute("name")!, Value: i.GetAttribute("value") ?? ""))
            .Where(h => typed.All(t => t.Name != h.Name)).Concat(typed)
            .Select(p => new KeyValuePair<string, string>(p.Name, p.Value));
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url;
        var response = await _client.PostAsync(action, new FormUrlEncodedContent(values));
        return await FollowAsync(response, action);
    }

    /// <summary>A plain form post (no Blazor form name), e.g. the sign-out button, with the page's antiforgery token and any <paramref name="fields"/>.</summary>
    public async Task<Page> PostFormAsync(Page page, string action, Dictionary<string, string>? fields = null)
    {
        var document = Parser.ParseDocument(page.Html);
        var form = document.Forms.First(f => f.GetAttribute("action") == action);
        var values = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (key, value) in fields ?? [])
            values[key] = value;
        var response = await _client.PostAsync(action, new FormUrlEncodedContent(values));
        return await FollowAsync(response, action);
    }

    /// <summary>A request the test builds itself (its own headers), sent with this visitor's cookies.</summary>
    public Task<HttpResponseMessage> RawSendAsync(HttpRequestMessage request) => _client.SendAsync(request);

    /// <summary>A GET whose response (headers included) the test reads itself; redirects are not followed.</summary>
    public Task<HttpResponseMessage> RawGetAsync(string url) => _client.GetAsync(url);

    public async Task<HttpResponseMessage> RawPostAsync(string url, Dictionary<string, string> values) =>
        await _client.PostAsync(url, new FormUrlEncodedContent(values));

    private async Task<Page> FollowAsync(HttpResponseMessage response, string url)
    {
        for (var hops = 0; hops < 5 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther; hops++)
        {
            url = response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.OriginalString;
            response = await _client.GetAsync(url);
        }
        return new Page(response.StatusCode, url, await response.Content.ReadAsStringAsync()) { Headers = response.Headers };
    }

    /// <summary>The six digits of a code in a message.</summary>
    public static string CodeIn(string? text) => SixDigits().Match(text ?? "") is { Success: true } m ? m.Value : throw new InvalidOperationException($"No code in: {text}");

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    public void Dispose() => _client.Dispose();
}

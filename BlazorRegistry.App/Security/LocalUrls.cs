namespace BlazorRegistry.App.Security;

/// <summary>Where a "returnUrl" may send a visitor after signing in or switching language.</summary>
public static class LocalUrls
{
    /// <summary>
    /// The framework's local-URL rule (as <c>Url.IsLocalUrl</c>): a path on this site, never "//host" or
    /// "/\host" (other sites to a browser), and no control characters; anything else goes home. The path is
    /// re-encoded, so a search typed in Cyrillic keeps its query and still fits in a Location header.
    /// </summary>
    public static string PathOrHome(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/' || (url.Length > 1 && url[1] is '/' or '\\') || url.Any(char.IsControl))
            return "/";
        return Uri.TryCreate(ThisSite, url, out var uri) && uri.Host == ThisSite.Host ? uri.PathAndQuery : "/";
    }

    private static readonly Uri ThisSite = new("http://this.site/");
}

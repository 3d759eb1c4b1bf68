using System.Globalization;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Audit;
using Microsoft.AspNetCore.WebUtilities;

namespace BlazorRegistry.App.Components.Admin.Audit;

/// <summary>
/// /admin/audit's filters as a plain query string, shared by the page and its CSV:
/// ?person=aigerim&amp;application=RS-2026-000123&amp;action=DownloadedFile&amp;from=2026-12-01&amp;to=2026-12-31&amp;page=2
/// </summary>
public sealed record AuditFilter(string? Person, string? Application, AuditAction? Action, DateOnly? From, DateOnly? To, int Page)
{
    public static AuditFilter Parse(IQueryCollection q) => new(
        Text(q, "person"),
        Text(q, "application"),
        Enum.TryParse<AuditAction>(q["action"], out var action) && Enum.IsDefined(action) ? action : null,
        Date(q, "from"),
        Date(q, "to"),
        int.TryParse(q["page"], out var page) && page > 0 ? page : 1);

    /// <summary>
    /// The query for Core. A person is any account whose sign-in name contains the text (as actor or as the
    /// account acted on); an application is its reference number (RS-2026-000123 carries the id) or its id.
    /// Null when the filter can match nothing.
    /// </summary>
    public async Task<AuditQuery?> ToQueryAsync(AccountService accounts, int pageSize = Core.Paging.DefaultPageSize)
    {
        IReadOnlyCollection<string>? actors = null;
        if (Person is { } person)
        {
            actors = (await accounts.ListAsync(person, 1, 100)).Rows.Select(r => r.Id).ToList();
            if (actors.Count == 0)
                return null;
        }
        int? applicationId = null;
        if (Application is { } application)
        {
            var digits = application.Split('-')[^1];
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                return null;
            applicationId = id;
        }
        return new AuditQuery(actors, applicationId, Action, From, To, Page, pageSize);
    }

    public string Href(string path, int? page = null) => QueryHelpers.AddQueryString(path, new Dictionary<string, string?>
    {
        ["person"] = Person,
        ["application"] = Application,
        ["action"] = Action?.ToString(),
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["page"] = page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null,
    }.Where(p => p.Value is not null));

    private static string? Text(IQueryCollection q, string key) => q[key].ToString().Trim() is { Length: > 0 and <= 100 } text ? text : null;

    private static DateOnly? Date(IQueryCollection q, string key) =>
        DateOnly.TryParseExact(q[key], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

using BlazorRegistry.Core;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Register;
using Microsoft.AspNetCore.WebUtilities;

namespace BlazorRegistry.App.Register;

/// <summary>
/// A register search as URL query parameters, read and written in one place, so that the page, its
/// links, the exports and the JSON API understand the same addresses: every search can be shared and
/// bookmarked.
/// </summary>
public static class RegisterQueryString
{
    public static RegisterQuery Parse(IQueryCollection q, ReferenceCatalog catalog)
    {
        static string? Text(IQueryCollection q, string key) => q.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;
        static int? Number(IQueryCollection q, string key) => int.TryParse(Text(q, key), out var n) ? n : null;

        var regionCode = Text(q, "region");
        return new RegisterQuery(
            Name: Limit(Text(q, "q")),
            RegionId: catalog.Regions.FirstOrDefault(r => r.Code == regionCode)?.Id,
            ProfessionId: Number(q, "profession"),
            CategoryId: Number(q, "category"),
            Locality: Limit(Text(q, "locality")),
            Organisation: Limit(Text(q, "org")),
            Sort: Text(q, "sort") switch { "newest" => RegisterSort.IncludedOnNewest, "oldest" => RegisterSort.IncludedOnOldest, _ => RegisterSort.Name },
            Page: Math.Clamp(Number(q, "page") ?? 1, 1, 100_000),
            PageSize: Paging.Normalize(Number(q, "size") ?? 0));
    }

    /// <summary>The query string for a search ("?q=...&region=71"), leaving out what is default.</summary>
    public static string Build(RegisterQuery query, ReferenceCatalog catalog, int? page = null, bool withPaging = true)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = query.Name,
            ["region"] = catalog.Regions.FirstOrDefault(r => r.Id == query.RegionId)?.Code,
            ["locality"] = query.Locality,
            ["profession"] = query.ProfessionId?.ToString(),
            ["category"] = query.CategoryId?.ToString(),
            ["org"] = query.Organisation,
            ["sort"] = query.Sort switch { RegisterSort.IncludedOnNewest => "newest", RegisterSort.IncludedOnOldest => "oldest", _ => null },
        };
        if (withPaging)
        {
            values["size"] = query.PageSize == Paging.DefaultPageSize ? null : query.PageSize.ToString();
            var p = page ?? query.Page;
            values["page"] = p == 1 ? null : p.ToString();
        }
        return QueryHelpers.AddQueryString("", values.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Key, v => v.Value));
    }

    // A search box is no place for a novel: long input is cut rather than refused.
    private static string? Limit(string? text) => text is { Length: > 100 } ? text[..100] : text;
}

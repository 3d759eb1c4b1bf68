using System.Globalization;
using BlazorRegistry.App.Localization;
using BlazorRegistry.App.Register;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Review;
using Microsoft.Extensions.Localization;

namespace BlazorRegistry.App.Statistics;

/// <summary>The page's query string read into a filter: anything unreadable falls back to the last twelve months, all regions and professions.</summary>
public static class StatisticsQuery
{
    public static StatisticsFilter Parse(string? from, string? to, string? region, string? profession, DateOnly today)
    {
        var fallback = StatisticsFilter.LastYear(today);
        static DateOnly? Date(string? s) => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        static int? Id(string? s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        return new StatisticsFilter(Date(from) ?? fallback.From, Date(to) ?? fallback.To, Id(region), Id(profession)).Normalised();
    }
}

/// <summary>Every staff figure as CSV (issue #17, point 3): the rows of the page's table, in the page's language, for the same filter.</summary>
public static class StatisticsEndpoints
{
    public static IEndpointRouteBuilder MapStatisticsExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/statistics/{figure}.csv", async (string figure, string? from, string? to, string? region, string? profession, HttpContext http,
            ReviewStatistics statistics, ReferenceDataProvider reference, AccountService accounts, FigureTables tables, TimeProvider time) =>
        {
            if (!FigureTables.Ids.Contains(figure))
                return Results.NotFound();
            var filter = StatisticsQuery.Parse(from, to, region, profession, KazakhstanTime.Today(time));
            var figures = await statistics.ComputeAsync(filter, http.RequestAborted);
            var names = await accounts.NamesAsync(figures.OverdueByAdministrator.Select(o => o.AdministratorId));
            var table = tables.Of(figures, await reference.GetAsync(http.RequestAborted), names).Single(t => t.Id == figure);
            http.Response.Headers.CacheControl = "no-store";
            return CsvRegisterWriter.File([table.Headers, .. table.Rows], $"{table.Title} {filter.From:yyyy-MM-dd}–{filter.To:yyyy-MM-dd}.csv");
        }).RequireAuthorization(p => p.RequireRole(Roles.Administrator, Roles.Observer)).ExcludeFromDescription();
        return app;
    }
}

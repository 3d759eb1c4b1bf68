using System.Globalization;
using BlazorRegistry.App.Security;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.App.Components.Admin;

/// <summary>The calendar page's two forms (issue #17, point 2): a day marked or unmarked, a year added. Administrators only.</summary>
public static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendarAdministration(this IEndpointRouteBuilder app)
    {
        app.MapPost("/admin/calendar/days", async (IFormCollection form, HttpContext http, CalendarService calendar) =>
        {
            if (!DateOnly.TryParseExact(form["date"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return Results.LocalRedirect($"/admin/calendar?done={ErrorCode.DateInvalid}");
            CalendarDayKind? kind = form["kind"].ToString() switch
            {
                "NonWorking" => CalendarDayKind.NonWorking,
                "Working" => CalendarDayKind.Working,
                _ => null,
            };
            var result = await calendar.SetDayAsync(ClientAddress.Of(http), date, kind, form["note"].ToString(), http.RequestAborted);
            return Results.LocalRedirect(Back(date.Year, result));
        }).RequireAuthorization(p => p.RequireRole(Roles.Administrator)).ExcludeFromDescription();
        app.MapPost("/admin/calendar/years/{year:int}", async (int year, IFormCollection form, HttpContext http, CalendarService calendar) =>
        {
            var result = await calendar.AddYearAsync(ClientAddress.Of(http), year, http.RequestAborted);
            return Results.LocalRedirect(Back(year, result));
        }).RequireAuthorization(p => p.RequireRole(Roles.Administrator)).ExcludeFromDescription();
        return app;
    }

    private static string Back(int year, Result<int> result) => result.Succeeded
        ? $"/admin/calendar?year={year}&done=ok&moved={result.Value}"
        : $"/admin/calendar?year={year}&done={result.Errors[0].Code}";
}

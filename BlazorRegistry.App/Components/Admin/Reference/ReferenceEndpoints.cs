using BlazorRegistry.App.Security;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.App.Components.Admin.Reference;

/// <summary>The reference table's row buttons (issue #17, point 1): move up or down, retire, restore. Administrators only.</summary>
public static class ReferenceEndpoints
{
    public static IEndpointRouteBuilder MapReferenceAdministration(this IEndpointRouteBuilder app)
    {
        // Plain form posts with the page's antiforgery token (RequireAntiforgery: the endpoint reads no form, so it
        // would not be checked otherwise, and a page elsewhere could post here with an administrator's cookie).
        app.MapPost("/admin/reference/{list}/{id:int}/{action}", async (string list, int id, string action, HttpContext http,
            ReferenceDataService reference) =>
        {
            if (!Enum.TryParse<ReferenceList>(list, true, out var l) || !Enum.IsDefined(l))
                return Results.NotFound();
            var actor = ClientAddress.Of(http);
            Result<int>? result = action switch
            {
                "up" => await reference.MoveAsync(actor, l, id, up: true, http.RequestAborted),
                "down" => await reference.MoveAsync(actor, l, id, up: false, http.RequestAborted),
                "retire" => await reference.SetActiveAsync(actor, l, id, active: false, http.RequestAborted),
                "restore" => await reference.SetActiveAsync(actor, l, id, active: true, http.RequestAborted),
                _ => null,
            };
            if (result is null)
                return Results.NotFound();
            return Results.LocalRedirect($"/admin/reference?list={l}&done={(result.Succeeded ? "ok" : result.Errors[0].Code.ToString())}");
        }).RequireAuthorization(p => p.RequireRole(Roles.Administrator)).RequireAntiforgery().ExcludeFromDescription();
        return app;
    }
}

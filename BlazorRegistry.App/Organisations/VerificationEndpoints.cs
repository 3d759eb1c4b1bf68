using BlazorRegistry.App.Security;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Organisations;
using Microsoft.AspNetCore.Identity;

namespace BlazorRegistry.App.Organisations;

/// <summary>An administrator's decision on an organisation's verification, from the board's second tab.</summary>
public static class VerificationEndpoints
{
    public static IEndpointRouteBuilder MapRegistryOrganisations(this IEndpointRouteBuilder app)
    {
        app.MapPost("/review/organisations/{id:int}/decision", async (int id, IFormCollection form, HttpContext http, OrganisationService organisations,
            UserManager<RegistryUser> users, AuditLog audit) =>
        {
            var administratorId = users.GetUserId(http.User)!;
            var comment = form["comment"].ToString();
            var decision = form["decision"].ToString();
            var result = decision switch
            {
                "verify" => await organisations.VerifyAsync(id, administratorId),
                "return" => await organisations.ReturnForChangesAsync(id, administratorId, comment),
                "refuse" => await organisations.RefuseAsync(id, administratorId, comment),
                _ => Core.Rules.Result<Organisation>.Fail(Core.Rules.ErrorCode.IllegalStatusMove),
            };
            if (result.Succeeded)
                await audit.RecordAsync(ClientAddress.Of(http), AuditAction.DecidedOrganisation,
                    detail: $"{result.Value!.Bin} {result.Value.Status}");
            return Results.LocalRedirect($"/review/organisations?decided={(result.Succeeded ? "ok" : result.Errors[0].Code.ToString())}");
        }).RequireAuthorization(p => p.RequireRole(Roles.Administrator)).ExcludeFromDescription();
        app.MapStaffTemplate();
        app.MapOrganisationExport();
        return app;
    }
}

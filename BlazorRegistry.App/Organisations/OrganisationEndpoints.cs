using BlazorRegistry.App.Security;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Organisations;

namespace BlazorRegistry.App.Organisations;

/// <summary>The organisations feature's endpoints: an administrator's verification decision, the staff-list templates, the list export.</summary>
public static class OrganisationEndpoints
{
    public static IEndpointRouteBuilder MapRegistryOrganisations(this IEndpointRouteBuilder app)
    {
        app.MapPost("/review/organisations/{id:int}/decision", async (int id, IFormCollection form, HttpContext http, OrganisationService organisations) =>
        {
            var administrator = ClientAddress.Of(http);
            var comment = form["comment"].ToString();
            var result = form["decision"].ToString() switch
            {
                "verify" => await organisations.VerifyAsync(id, administrator),
                "return" => await organisations.ReturnForChangesAsync(id, administrator, comment),
                "refuse" => await organisations.RefuseAsync(id, administrator, comment),
                _ => Core.Rules.Result<Organisation>.Fail(Core.Rules.ErrorCode.IllegalStatusMove),
            };
            return Results.LocalRedirect($"/review/organisations?decided={(result.Succeeded ? "ok" : result.Errors[0].Code.ToString())}");
        }).RequireAuthorization(p => p.RequireRole(Roles.Administrator)).ExcludeFromDescription();
        app.MapStaffTemplate();
        app.MapOrganisationExport();
        return app;
    }
}

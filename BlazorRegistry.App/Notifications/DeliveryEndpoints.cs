using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Notifications;

namespace BlazorRegistry.App.Notifications;

/// <summary>POST /admin/deliveries/{id}/retry: an administrator sends a failed message again (the form on /admin/deliveries).</summary>
public static class DeliveryEndpoints
{
    public static IEndpointRouteBuilder MapDeliveryAdministration(this IEndpointRouteBuilder app)
    {
        // The form parameter makes the endpoint check the page's antiforgery token.
        app.MapPost("/admin/deliveries/{id:long}/retry", async (long id, IFormCollection form, NotificationService notifications) =>
        {
            var retried = await notifications.RetryAsync(id);
            return Results.LocalRedirect($"/admin/deliveries?retried={(retried ? "true" : "false")}");
        }).RequireAuthorization(p => p.RequireRole(Roles.Administrator)).ExcludeFromDescription();
        return app;
    }
}

using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Notifications;

namespace BlazorRegistry.App.Notifications;

/// <summary>
/// POST /admin/deliveries/{id}/retry: an administrator sends a failed message again; POST
/// /admin/deliveries/events/{id}/retry: dispatches an event set aside (both forms on /admin/deliveries).
/// </summary>
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
        // An event set aside after failing again and again: dispatched again at once.
        app.MapPost("/admin/deliveries/events/{id:long}/retry", async (long id, IFormCollection form, OutboxDispatcher outbox) =>
        {
            var retried = await outbox.RetryAsync(id);
            return Results.LocalRedirect($"/admin/deliveries?event-retried={(retried ? "true" : "false")}");
        }).RequireAuthorization(p => p.RequireRole(Roles.Administrator)).ExcludeFromDescription();
        return app;
    }
}

using System.Globalization;
using BlazorRegistry.Core.Events;

namespace BlazorRegistry.App.Components.Pages.Review;

public static class LiveEvents
{
    /// <summary>
    /// Subscribes a component to committed application events. The handler runs on the component's own
    /// circuit (through <paramref name="invokeAsync"/>) in the culture the viewer had when subscribing:
    /// events arrive on the publisher's thread, in the publisher's language. The publisher does not wait
    /// for the handler, so one slow screen never delays the person who acted or the other screens.
    /// </summary>
    public static IDisposable SubscribeOnCircuit(this IApplicationEvents events, Func<Func<Task>, Task> invokeAsync,
        Func<ApplicationEvent, bool> wanted, Func<ApplicationEvent, Task> handler)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        return events.Subscribe(e =>
        {
            if (!wanted(e))
                return Task.CompletedTask;
            _ = invokeAsync(async () =>
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = uiCulture;
                await handler(e);
            });
            return Task.CompletedTask;
        });
    }
}

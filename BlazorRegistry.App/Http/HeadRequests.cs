namespace BlazorRegistry.App.Http;

/// <summary>
/// HEAD answers as GET without a body (RFC 9110 §9.3.2): uptime monitors and link checkers use it, and
/// Blazor's page endpoints map GET and POST only. Runs before routing so the GET endpoint is chosen.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await next(http);
            return;
        }
        http.Request.Method = HttpMethods.Get;
        var body = http.Response.Body;
        http.Response.Body = Stream.Null;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = body;
            http.Request.Method = HttpMethods.Head;
        }
    });
}

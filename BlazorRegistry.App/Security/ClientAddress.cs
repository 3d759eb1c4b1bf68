using System.Security.Claims;
using BlazorRegistry.Core.Audit;
using Microsoft.AspNetCore.Identity;

namespace BlazorRegistry.App.Security;

/// <summary>
/// The client address of this request or circuit, for the audit. A circuit's scope is created while its
/// WebSocket connection is being accepted, so the address read then is the connection's (after the
/// forwarded-headers rule). Null where there is none (a background job).
/// </summary>
public sealed class ClientAddress(IHttpContextAccessor accessor)
{
    public string? Value { get; } = accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public AuditActor Of(ClaimsPrincipal user) => new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", Value);

    public static AuditActor Of(HttpContext http) =>
        new(http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", http.Connection.RemoteIpAddress?.ToString());
}

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

    /// <summary>
    /// Whose bucket a request counts in, for the rate limits and the per-address code caps: an IPv4 address,
    /// or an IPv6 address's /64 network. One IPv6 subscriber gets a whole /64, so counting each address
    /// would hand anyone 2^64 fresh buckets.
    /// </summary>
    public static string? LimitKey(HttpContext http) => LimitKey(http.Connection.RemoteIpAddress);

    /// <summary>Null without an address (a Unix socket): no per-address cap then, rather than one shared by all.</summary>
    public static string? LimitKey(System.Net.IPAddress? address)
    {
        if (address is null)
            return null;
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
            return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }
}

using Microsoft.Extensions.Options;

namespace BlazorRegistry.App.Organisations;

/// <summary>
/// The portal's address for links in messages (invitations). Never the address a request came in on outside
/// Development: the Host header is the visitor's to choose, and an official SMS must not carry a link to a
/// look-alike site. Production sets Registry:PublicBaseUrl; without it, such messages are refused.
/// </summary>
public sealed class PublicAddress(IOptions<RegistryOptions> options, IHostEnvironment environment)
{
    /// <returns>The base without a trailing slash, or null when none may be used.</returns>
    public string? For(string requestBase) =>
        options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/')
        : environment.IsDevelopment() ? requestBase.TrimEnd('/')
        : null;
}

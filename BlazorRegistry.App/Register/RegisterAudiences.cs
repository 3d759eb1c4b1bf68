using System.Security.Claims;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Register;

namespace BlazorRegistry.App.Register;

/// <summary>Who is looking, for the consent rule (Rules cl. 5): staff see every entry and column, everyone else the public view.</summary>
public static class RegisterAudiences
{
    public static RegisterAudience Of(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Observer) ? RegisterAudience.Staff : RegisterAudience.Public;
}

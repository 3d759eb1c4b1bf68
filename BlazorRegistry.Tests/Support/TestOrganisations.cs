using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Support;

/// <summary>Organisations in known states, through the service as its administrator would use it.</summary>
public static class TestOrganisations
{
    /// <summary>Registers the BIN for <paramref name="clerkId"/>, fills in complete details, proves both contacts by code, sends it for verification.</summary>
    public static async Task<Organisation> SentForVerificationAsync(IServiceProvider services, string clerkId, string bin, OrganisationDetails details)
    {
        await EnsureAccountAsync(services, clerkId);
        var organisations = services.GetRequiredService<OrganisationService>();
        var started = (await organisations.StartAsync(clerkId, bin)).Value!;
        var saved = (await organisations.SaveDetailsAsync(clerkId, started.Version, details)).Value!;
        var confirmed = await ConfirmContactsAsync(organisations, clerkId, saved);
        var sent = await organisations.SubmitForVerificationAsync(clerkId, confirmed.Version);
        Assert.True(sent.Succeeded, string.Join(", ", sent.Errors));
        return sent.Value!;
    }

    /// <summary>An account with this id (a code is issued to a real account: its counts and lock live on it).</summary>
    public static async Task EnsureAccountAsync(IServiceProvider services, string userId)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        if (await users.FindByIdAsync(userId) is null)
            Assert.True((await users.CreateAsync(new RegistryUser { Id = userId, UserName = $"{userId}@example.kz", Email = $"{userId}@example.kz", EmailConfirmed = true })).Succeeded);
    }

    public static async Task<Organisation> ConfirmContactsAsync(OrganisationService organisations, string clerkId, Organisation organisation)
    {
        foreach (var email in new[] { false, true })
        {
            var issued = (await organisations.IssueContactCodeAsync(clerkId, organisation.Version, email, clientAddress: null)).Value;
            organisation = (await organisations.ConfirmContactAsync(clerkId, email, issued.Code.Digits)).Value!;
        }
        return organisation;
    }
}

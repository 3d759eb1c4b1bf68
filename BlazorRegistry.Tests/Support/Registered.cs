using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Support;

/// <summary>The consent a specialist gave (Order 21, cl. 5).</summary>
public sealed record Consent(bool Publish, bool DateOfBirth = false, bool Contacts = false, bool Address = false)
{
    public static IEnumerable<Consent> EveryCombination() =>
        new[] { new Consent(false) }.Concat(
            from dob in new[] { false, true }
            from contacts in new[] { false, true }
            from address in new[] { false, true }
            select new Consent(true, dob, contacts, address));
}

/// <summary>Registered specialists made through the real life cycle: draft, submit, claim, register.</summary>
public static class Registered
{
    /// <summary>A complete application, submitted and waiting on the board; returns its id.</summary>
    public static async Task<int> SubmittedAsync(IServiceProvider services, string applicantId, string surname, string givenName)
    {
        var applications = services.GetRequiredService<ApplicationService>();
        var draft = await applications.GetOrStartDraftAsync(applicantId);
        await using (var db = await services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync())
        {
            var a = await db.Applications.SingleAsync(x => x.Id == draft.Id);
            TestApplications.Fill(a, surname, givenName);
            await db.SaveChangesAsync();
            draft = a;
        }
        var submitted = await applications.SubmitAsync(draft.Id, applicantId, draft.Version);
        Assert.True(submitted.Succeeded, string.Join(", ", submitted.Errors));
        return draft.Id;
    }

    public static async Task<string> CreateAsync(IServiceProvider services, string applicantId, string surname, string givenName,
        Consent consent, Action<Application>? change = null)
    {
        var applications = services.GetRequiredService<ApplicationService>();
        var draft = await applications.GetOrStartDraftAsync(applicantId);
        await using (var db = await services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync())
        {
            var a = await db.Applications.SingleAsync(x => x.Id == draft.Id);
            TestApplications.Fill(a, surname, givenName);
            a.DecideConsent(consent.Publish, consent.DateOfBirth, consent.Contacts, consent.Address, "2026-1", TestApplications.NowUtc);
            change?.Invoke(a);
            await db.SaveChangesAsync();
            draft = a;
        }
        var submitted = await applications.SubmitAsync(draft.Id, applicantId, draft.Version);
        Assert.True(submitted.Succeeded, string.Join(", ", submitted.Errors));
        var review = services.GetRequiredService<ReviewService>();
        await review.ClaimAsync(draft.Id, "admin");
        var registered = await review.RegisterAsync(draft.Id, "admin");
        Assert.True(registered.Succeeded, string.Join(", ", registered.Errors));
        return registered.Value!.ReferenceNumber!;
    }
}

using System.Net;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Review;
using BlazorRegistry.Core.Rules;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.App.Diagnostics;

/// <summary>
/// Hooks for bench/run.sh and the crash test (Tests/Web/Operations/CrashSafetyTests.cs) only: the server's
/// managed heap, benchmark applicant accounts, a submission, a decision and an autosave made through the
/// same services the wizard and the board call. Mapped only when Registry:Benchmark:Enabled is true
/// (never by default) and answered only on loopback.
/// </summary>
public static class BenchmarkEndpoints
{
    public const string Password = "Bench-Pass-2026";

    public static IEndpointRouteBuilder MapBenchmarkEndpoints(this WebApplication app)
    {
        if (!RegistryOptions.From(app.Configuration).Benchmark.Enabled)
            return app;
        var bench = app.MapGroup("/bench").AddEndpointFilter(async (context, next) =>
            context.HttpContext.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip) ? await next(context) : Results.NotFound())
            .ExcludeFromDescription();

        bench.MapGet("/gc", () =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            return Results.Ok(new { heapBytes = GC.GetTotalMemory(forceFullCollection: true) });
        });

        bench.MapPost("/applicants", async (int count, IServiceScopeFactory scopes) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
            var emails = new List<string>();
            for (var i = 0; i < count; i++)
            {
                var email = $"bench-{Guid.NewGuid():N}@bench.local";
                var user = new RegistryUser { UserName = email, Email = email, EmailConfirmed = true };
                await users.CreateAsync(user, Password);
                await users.AddToRoleAsync(user, Roles.Applicant);
                emails.Add(email);
            }
            return Results.Ok(new { password = Password, emails });
        });

        // withAccount: the applicant is a real (password-less) account, so the notices have someone to go to.
        bench.MapPost("/submit", async (string? surname, bool? withAccount, ApplicationService applications, IDbContextFactory<RegistryDbContext> factory, TimeProvider time) =>
        {
            var applicant = $"bench-{Guid.NewGuid():N}";
            if (withAccount == true)
                await using (var db = await factory.CreateDbContextAsync())
                {
                    var email = $"{applicant}@bench.local";
                    db.Users.Add(new RegistryUser { Id = applicant, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
                        NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString("N") });
                    await db.SaveChangesAsync();
                }
            var draft = await applications.GetOrStartDraftAsync(applicant);
            await using (var db = await factory.CreateDbContextAsync())
            {
                var a = await db.Applications.SingleAsync(x => x.Id == draft.Id);
                Fill(a, surname ?? "Бенчмарков", time.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync();
                draft = a;
            }
            // Taken just before the submission's commit, so the latency measured includes the commit itself.
            var committing = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var submitted = await applications.SubmitAsync(draft.Id, applicant, draft.Version);
            return submitted.Succeeded
                ? Results.Ok(new { id = submitted.Value!.Id, number = submitted.Value.ReferenceNumber, committedAtUnixMs = committing })
                : Results.BadRequest(submitted.Errors);
        });

        // A decision as an administrator makes it: claim, then register, return or refuse. 200 only once committed.
        bench.MapPost("/decide", async (int id, string kind, ReviewService review) =>
        {
            const string administrator = "bench-administrator";
            var claimed = await review.ClaimAsync(id, administrator, takeOver: true);
            if (!claimed.Succeeded)
                return Results.Conflict(claimed.Errors);
            var decided = kind switch
            {
                "return" => await review.ReturnForRevisionAsync(id, administrator, [ReturnReason.IncompleteOrExpiredDocuments], "bench"),
                "refuse" => await review.RefuseAsync(id, administrator, RefusalReason.EmigratedPermanently, "bench"),
                _ => await review.RegisterAsync(id, administrator),
            };
            return decided.Succeeded ? Results.Ok(new { id, status = decided.Value!.Status.ToString() }) : Results.Conflict(decided.Errors);
        });

        // An autosave of the wizard: a draft saved twice, as typing and a change of step do.
        bench.MapPost("/autosave", async (ApplicationService applications) =>
        {
            var applicant = $"bench-{Guid.NewGuid():N}";
            var draft = await applications.GetOrStartDraftAsync(applicant);
            var saved = await applications.SaveStepAsync(draft.Id, applicant, draft.Version, 2);
            return saved.Succeeded ? Results.Ok(new { id = draft.Id }) : Results.Conflict(saved.Errors);
        });
        return app;
    }

    private static void Fill(Application a, string surname, DateTime now)
    {
        var today = KazakhstanTime.DateOf(now);
        // A distinct IIN per application (one entry per IIN), the same after a restart: the id picks the day and serial.
        // Of the two sexes at least one always has a check digit (digit 7 shifts the weighted sum by 7 mod 11).
        var born = new DateOnly(1960, 1, 1).AddDays(a.Id / 10000);
        var iin = Iin.Compose(born, Sex.Male, a.Id % 10000) ?? Iin.Compose(born, Sex.Female, a.Id % 10000);
        a.UpdatePersonalData(new PersonalData(surname, "Нұрлан", null, born, iin), now);
        a.UpdateContacts(new ContactData("+77012345678", null), new AddressData(18, "Астана", "Бенчмарк көшесі, 1"), now);
        a.ReplaceEducation([new EducationRecord(3, "ЕҰУ", today.AddYears(-17), today.AddYears(-13), null, "1", today.AddYears(-13), "bench")], now);
        a.ReplaceEmployment([new EmploymentRecord("«Бенчмарк» орталығы", "070540000129", "Маман", "Маман", today.AddYears(-10), null, true, "bench")], now);
        a.UpdateProfession(new ProfessionData(4, 5, 0), now);
        a.ReplaceQualifications([], noCategory: true, now);
        a.ReplaceDocuments([new ApplicationDocument(1, "bench", "id.pdf", today.AddYears(5)), new ApplicationDocument(5, "bench", "cr.pdf", today.AddYears(1))], now);
        a.DecideConsent(true, false, false, false, "2026-1", now);
    }
}

using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Rules;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Accounts;

/// <summary>A code that was just issued: the digits to send, and when the next one may be asked for.</summary>
public sealed record IssuedCode(string Digits, DateTime ExpiresAtUtc);

/// <summary>Issues and checks one-time codes (sign-up confirmation, password reset) with their limits.</summary>
public sealed class OneTimeCodeService(IDbContextFactory<RegistryDbContext> factory, TimeProvider time)
{
    /// <summary>
    /// A new code, unless the last one for the same purpose is younger than 60 seconds; the newer code
    /// replaces any live one.
    /// </summary>
    public async Task<Result<IssuedCode>> IssueAsync(string userId, CodePurpose purpose, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var previous = await db.OneTimeCodes.Where(c => c.UserId == userId && c.Purpose == purpose).ToListAsync(ct);
        if (previous.Count > 0 && previous.Max(c => c.CreatedAtUtc) + OneTimeCode.ResendAfter > now)
            return Result<IssuedCode>.Fail(ErrorCode.CodeResendTooEarly);
        foreach (var old in previous.Where(c => c.IsLive(now)))
            old.Revoke();
        var (code, digits) = OneTimeCode.Issue(userId, purpose, now);
        db.OneTimeCodes.Add(code);
        await db.SaveChangesAsync(ct);
        return Result<IssuedCode>.Ok(new IssuedCode(digits, code.ExpiresAtUtc));
    }

    /// <summary>Seconds until a new code may be asked for; 0 when it may now.</summary>
    public async Task<int> SecondsUntilResendAsync(string userId, CodePurpose purpose, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var last = await db.OneTimeCodes.Where(c => c.UserId == userId && c.Purpose == purpose)
            .OrderByDescending(c => c.Id).Select(c => (DateTime?)c.CreatedAtUtc).FirstOrDefaultAsync(ct);
        if (last is null)
            return 0;
        var left = last.Value + OneTimeCode.ResendAfter - time.GetUtcNow().UtcDateTime;
        return left <= TimeSpan.Zero ? 0 : (int)Math.Ceiling(left.TotalSeconds);
    }

    /// <summary>
    /// Checks the digits against the latest code. The fifth wrong try spends the code and locks the
    /// account for 15 minutes (the same lock as five wrong passwords).
    /// </summary>
    public async Task<Result<bool>> VerifyAsync(UserManager<RegistryUser> users, RegistryUser user, CodePurpose purpose, string? typed,
        CancellationToken ct = default)
    {
        if (await users.IsLockedOutAsync(user))
            return Result<bool>.Fail(ErrorCode.AccountLockedOut);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var code = await db.OneTimeCodes.Where(c => c.UserId == user.Id && c.Purpose == purpose)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        if (code is null)
            return Result<bool>.Fail(ErrorCode.CodeExpired);
        var check = code.Check(typed, now);
        await db.SaveChangesAsync(ct);
        switch (check)
        {
            case CodeCheck.Accepted:
                return Result<bool>.Ok(true);
            case CodeCheck.TooManyAttempts:
                await users.SetLockoutEndDateAsync(user, time.GetUtcNow() + OneTimeCode.LockoutAfterTooManyAttempts);
                return Result<bool>.Fail(ErrorCode.CodeTooManyAttempts);
            case CodeCheck.Expired:
                return Result<bool>.Fail(ErrorCode.CodeExpired);
            case CodeCheck.AlreadyUsed:
                return Result<bool>.Fail(ErrorCode.CodeAlreadyUsed);
            default:
                return Result<bool>.Fail(ErrorCode.CodeInvalid);
        }
    }
}

/// <summary>An account counts as confirmed once its e-mail or its phone number has been confirmed by a code.</summary>
public sealed class RegistryUserConfirmation : IUserConfirmation<RegistryUser>
{
    public async Task<bool> IsConfirmedAsync(UserManager<RegistryUser> manager, RegistryUser user) =>
        await manager.IsEmailConfirmedAsync(user) || await manager.IsPhoneNumberConfirmedAsync(user);
}

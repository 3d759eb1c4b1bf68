using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Rules;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Core.Accounts;

/// <summary>A sign-up's answer: the identifier as normalised, and the account to send a code to (null: send nothing).</summary>
public sealed record SignUpStart(AccountIdentifier Identifier, RegistryUser? AwaitingCode);

/// <summary>A page of accounts for the user-management page.</summary>
public sealed record AccountRow(string Id, string UserName, string Role, DateTime CreatedAtUtc, bool IsDisabled, bool IsConfirmed, bool HasSecondFactor = false);

/// <summary>
/// Accounts: sign-up with a phone or an e-mail (Order 21, cl. 8), confirmation and password reset by a
/// one-time code, staff accounts, disabling. Identity's rules (passwords, lockout) apply throughout; their
/// failures come back as error codes.
/// </summary>
public sealed class AccountService(UserManager<RegistryUser> users, OneTimeCodeService codes, TimeProvider time, AuditLog audit,
    UnknownIdentifierCodeLock unknownCodes)
{
    public Task<RegistryUser?> FindAsync(AccountIdentifier identifier) => users.FindByNameAsync(identifier.Value);

    /// <summary>
    /// Starts a sign-up: creates an unconfirmed Applicant account without a password when the identifier
    /// is new. A sign-up never changes an existing account; the password is chosen only with the code
    /// (<see cref="ConfirmAsync"/>), so only the holder of the phone or mailbox chooses it. The answer is
    /// the same whether or not the identifier has an account; <see cref="SignUpStart.AwaitingCode"/> says
    /// whom to send a code to (nobody for a confirmed or disabled account).
    /// </summary>
    public async Task<Result<SignUpStart>> StartSignUpAsync(string? identifierInput, Language language)
    {
        var (identifier, error) = AccountIdentifier.Parse(identifierInput);
        if (identifier is null)
            return Result<SignUpStart>.Fail(error!.Value, "Identifier");
        var existing = await users.FindByNameAsync(identifier.Value);
        if (existing is not null)
            return Result<SignUpStart>.Ok(new SignUpStart(identifier, existing.IsConfirmed || existing.DisabledAtUtc is not null ? null : existing));

        var user = new RegistryUser
        {
            UserName = identifier.Value,
            Email = identifier.Channel == ContactChannel.Email ? identifier.Value : null,
            PhoneNumber = identifier.Channel == ContactChannel.Sms ? identifier.Value : null,
            PreferredLanguage = language,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            // Two sign-ups at once: the other one created it; answer as for an existing account.
            var raced = await users.FindByNameAsync(identifier.Value);
            return raced is null ? Result<SignUpStart>.Fail(Map(created, "Password"))
                : Result<SignUpStart>.Ok(new SignUpStart(identifier, raced.IsConfirmed ? null : raced));
        }
        await users.AddToRoleAsync(user, Roles.Applicant);
        return Result<SignUpStart>.Ok(new SignUpStart(identifier, user));
    }

    /// <summary>The account waiting for its confirmation code, or null (none, confirmed or disabled).</summary>
    public async Task<RegistryUser?> FindAwaitingConfirmationAsync(AccountIdentifier identifier) =>
        await users.FindByNameAsync(identifier.Value) is { IsConfirmed: false, DisabledAtUtc: null } user ? user : null;

    /// <summary>
    /// Confirms a new account's channel with the code sent to it and sets the password chosen now. Answers
    /// only for an unconfirmed account: for a confirmed, disabled or unknown one the answer is a wrong code,
    /// after the same work. Renews the security stamp.
    /// </summary>
    public async Task<Result<RegistryUser>> ConfirmAsync(string? identifierInput, string? code, string? password, string? confirmPassword)
    {
        var identifier = AccountIdentifier.Parse(identifierInput).Identifier;
        var user = identifier is null ? null : await FindAwaitingConfirmationAsync(identifier);
        var proven = await ProveCodeAndSetPasswordAsync(user, CodePurpose.ConfirmAccount, identifierInput, code, password, confirmPassword);
        if (!proven.Succeeded)
            return proven;
        if (user!.Email is not null)
            user.EmailConfirmed = true;
        else
            user.PhoneNumberConfirmed = true;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return Result<RegistryUser>.Ok(user);
    }

    /// <summary>The account a password reset may go to: confirmed and not disabled.</summary>
    public async Task<RegistryUser?> FindForPasswordResetAsync(AccountIdentifier identifier) =>
        await users.FindByNameAsync(identifier.Value) is { IsConfirmed: true, DisabledAtUtc: null } user ? user : null;

    /// <summary>Sets a new password after the code sent to the account's channel checks out.</summary>
    public async Task<Result<RegistryUser>> ResetPasswordAsync(RegistryUser? user, string? code, string? password, string? confirmPassword,
        string? identifierInput = null)
    {
        var proven = await ProveCodeAndSetPasswordAsync(user, CodePurpose.ResetPassword, identifierInput, code, password, confirmPassword);
        if (!proven.Succeeded)
            return proven;
        // Whoever knew the old password is signed out everywhere.
        await users.UpdateSecurityStampAsync(user!);
        await users.ResetAccessFailedCountAsync(user!);
        return Result<RegistryUser>.Ok(user!);
    }

    /// <summary>
    /// The one path of both code pages: the new password is checked, then the code, then the password set.
    /// For no account (<paramref name="user"/> null) the answer is that of a wrong code, after the same work
    /// (a password hash), locked after as many tries: no answer or timing tells who has an account.
    /// </summary>
    private async Task<Result<RegistryUser>> ProveCodeAndSetPasswordAsync(RegistryUser? user, CodePurpose purpose, string? identifierInput,
        string? code, string? password, string? confirmPassword)
    {
        if (password != confirmPassword)
            return Result<RegistryUser>.Fail(ErrorCode.PasswordsDiffer, "ConfirmPassword");
        var valid = await ValidatePasswordAsync(user ?? new RegistryUser(), password);
        if (!valid.Succeeded)
            return valid;
        if (user is null)
        {
            HashDummyPassword(password);
            // An account this page does not serve still counts the try on its own row (else confirm and
            // reset would keep two locks for one identifier, and their answers would tell it exists);
            // an identifier without any account counts under its hash, after as many tries.
            var identifier = AccountIdentifier.Parse(identifierInput).Identifier;
            var locked = identifier is not null && await users.FindByNameAsync(identifier.Value) is { } other
                ? await codes.CountWrongAsync(other.Id)
                : await unknownCodes.RecordWrongAsync(UnknownIdentifierCodeLock.KeyOf(identifierInput));
            return Result<RegistryUser>.Fail(locked ? ErrorCode.CodeFlowLocked : ErrorCode.CodeInvalid);
        }
        var verified = await codes.VerifyAsync(user, purpose, code);
        if (!verified.Succeeded)
        {
            // As long as a right code would take (it hashes the new password).
            HashDummyPassword(password);
            return Result<RegistryUser>.Fail(verified.Errors);
        }
        var replaced = await ReplacePasswordAsync(user, password);
        return replaced.Succeeded ? Result<RegistryUser>.Ok(user) : replaced;
    }

    /// <summary>
    /// Hashes a password against a fixed dummy hash: for identifiers without an account, so that answering
    /// them takes as long as checking a real password.
    /// </summary>
    public void HashDummyPassword(string? password) =>
        users.PasswordHasher.VerifyHashedPassword(DummyUser, DummyHash.Value, password ?? "");

    private static readonly RegistryUser DummyUser = new();
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<RegistryUser>().HashPassword(DummyUser, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))));

    /// <summary>An administrator creates an Administrator or Observer account with a first password.</summary>
    public async Task<Result<RegistryUser>> CreateStaffAsync(string? email, string role, string? password, AuditActor by)
    {
        if (!Roles.StaffRoles.Contains(role))
            return Result<RegistryUser>.Fail(ErrorCode.Required, "Role");
        var (identifier, error) = AccountIdentifier.Parse(email);
        if (identifier is null || identifier.Channel != ContactChannel.Email)
            return Result<RegistryUser>.Fail(error ?? ErrorCode.EmailInvalid, "Email");
        if (await users.FindByNameAsync(identifier.Value) is { } existing)
        {
            // A sign-up nobody confirmed has no password and no data: a stranger who typed a future staff
            // address at sign-up must not be able to block the staff account.
            if (existing.IsConfirmed || existing.PasswordHash is not null)
                return Result<RegistryUser>.Fail(ErrorCode.AccountExists, "Email");
            await users.DeleteAsync(existing);
        }
        var user = new RegistryUser
        {
            UserName = identifier.Value,
            Email = identifier.Value,
            EmailConfirmed = true,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password ?? "");
        if (!created.Succeeded)
            return Result<RegistryUser>.Fail(Map(created, "Password"));
        await users.AddToRoleAsync(user, role);
        await audit.RecordAsync(by, AuditAction.CreatedAccount, subjectUserId: user.Id, detail: $"{user.UserName} {role}");
        return Result<RegistryUser>.Ok(user);
    }

    /// <summary>
    /// The language the person chose last (the page toggle while signed in): every later SMS, e-mail and
    /// inbox message speaks it. Not audited: it is the person's own setting and changes nothing else.
    /// </summary>
    public async Task ChooseLanguageAsync(string userId, Language language)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.PreferredLanguage == language)
            return;
        user.PreferredLanguage = language;
        await users.UpdateAsync(user);
    }

    /// <summary>Disables or enables an account. A disabled account cannot sign in and its sessions end.</summary>
    public async Task<Result<RegistryUser>> SetDisabledAsync(string userId, bool disabled, AuditActor by)
    {
        if (userId == by.UserId)
            return Result<RegistryUser>.Fail(ErrorCode.IllegalStatusMove);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
            return Result<RegistryUser>.Fail(ErrorCode.AccountNotFound);
        user.DisabledAtUtc = disabled ? time.GetUtcNow().UtcDateTime : null;
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, disabled ? DateTimeOffset.MaxValue : null);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(by, disabled ? AuditAction.DisabledAccount : AuditAction.EnabledAccount, subjectUserId: user.Id, detail: user.UserName);
        return Result<RegistryUser>.Ok(user);
    }

    /// <summary>
    /// An administrator resets someone's second factor (a lost phone): the authenticator key and recovery
    /// codes are dropped, open sessions end, and the next sign-in enrols again. Audited.
    /// </summary>
    public async Task<Result<RegistryUser>> ResetSecondFactorAsync(string userId, AuditActor by)
    {
        if (userId == by.UserId)
            return Result<RegistryUser>.Fail(ErrorCode.IllegalStatusMove);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
            return Result<RegistryUser>.Fail(ErrorCode.AccountNotFound);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey");
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(by, AuditAction.ResetSecondFactor, subjectUserId: user.Id, detail: user.UserName);
        return Result<RegistryUser>.Ok(user);
    }

    public async Task<(IReadOnlyList<AccountRow> Rows, int Total)> ListAsync(string? search, int page, int pageSize)
    {
        var query = users.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim().ToLowerInvariant();
            query = query.Where(u => u.UserName!.Contains(s));
        }
        var total = await query.CountAsync();
        var list = await query.OrderByDescending(u => u.CreatedAtUtc).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync();
        var rows = new List<AccountRow>();
        foreach (var u in list)
        {
            var role = (await users.GetRolesAsync(u)).FirstOrDefault() ?? "";
            rows.Add(new AccountRow(u.Id, u.UserName!, role, u.CreatedAtUtc, u.DisabledAtUtc is not null, u.IsConfirmed, u.TwoFactorEnabled));
        }
        return (rows, total);
    }

    /// <summary>The language a person's messages are written in (null: no such account).</summary>
    public async Task<Language?> LanguageOfAsync(string userId) => (await users.FindByIdAsync(userId))?.PreferredLanguage;

    /// <summary>User names by id, for showing who holds or decided an application.</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string?> ids)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        if (wanted.Count == 0)
            return new Dictionary<string, string>();
        return await users.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? u.Id);
    }

    private async Task<Result<RegistryUser>> ValidatePasswordAsync(RegistryUser user, string? password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors);
        }
        return errors.Count == 0 ? Result<RegistryUser>.Ok(user) : Result<RegistryUser>.Fail(Map(IdentityResult.Failed([.. errors]), "Password"));
    }

    /// <summary>Validates first, so a rejected password never leaves the account without one.</summary>
    private async Task<Result<RegistryUser>> ReplacePasswordAsync(RegistryUser user, string? password)
    {
        var valid = await ValidatePasswordAsync(user, password);
        if (!valid.Succeeded)
            return valid;
        // The code is spent by now: a failure here (another change to the account at the same moment) asks
        // for a new code rather than leaving the account half changed.
        if (await users.HasPasswordAsync(user) && !(await users.RemovePasswordAsync(user)).Succeeded)
            return Result<RegistryUser>.Fail(ErrorCode.CodeInvalid);
        var added = await users.AddPasswordAsync(user, password!);
        return added.Succeeded ? Result<RegistryUser>.Ok(user) : Result<RegistryUser>.Fail(Map(added, "Password"));
    }

    /// <summary>Identity's error descriptions are English; its codes map onto ours.</summary>
    internal static IReadOnlyList<RuleError> Map(IdentityResult result, string field) =>
        result.Errors.Select(e => new RuleError(e.Code switch
        {
            nameof(IdentityErrorDescriber.PasswordTooShort) => ErrorCode.PasswordTooShort,
            nameof(IdentityErrorDescriber.PasswordRequiresDigit) => ErrorCode.PasswordNeedsDigit,
            nameof(IdentityErrorDescriber.PasswordRequiresLower) => ErrorCode.PasswordNeedsLower,
            nameof(IdentityErrorDescriber.PasswordRequiresUpper) => ErrorCode.PasswordNeedsUpper,
            nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => ErrorCode.PasswordNeedsSymbol,
            nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => ErrorCode.PasswordTooSimple,
            nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail) => ErrorCode.AccountExists,
            nameof(IdentityErrorDescriber.InvalidEmail) => ErrorCode.EmailInvalid,
            _ => ErrorCode.IdentifierInvalid,
        }, e.Code.StartsWith("Password", StringComparison.Ordinal) ? field : "Identifier")).Distinct().ToList();
}

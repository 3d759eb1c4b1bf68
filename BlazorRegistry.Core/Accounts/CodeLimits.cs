namespace BlazorRegistry.Core.Accounts;

/// <summary>
/// The limits of the one-time code flow (configuration "Registry:Accounts:Codes"). Wrong codes count per
/// account across codes and resends; codes issued are capped per account and per client address.
/// </summary>
public sealed class CodeLimits
{
    /// <summary>Wrong codes in total within <see cref="LockoutWindow"/> that lock the code flow of an account.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 100_000)]
    public int MaxWrongCodes { get; set; } = 5;
    public TimeSpan LockoutWindow { get; set; } = TimeSpan.FromHours(1);
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    [System.ComponentModel.DataAnnotations.Range(1, 100_000)]
    public int PerIdentifierPerHour { get; set; } = 5;
    [System.ComponentModel.DataAnnotations.Range(1, 100_000)]
    public int PerIdentifierPerDay { get; set; } = 10;
    [System.ComponentModel.DataAnnotations.Range(1, 100_000)]
    public int PerAddressPerHour { get; set; } = 20;
    [System.ComponentModel.DataAnnotations.Range(1, 100_000)]
    public int PerAddressPerDay { get; set; } = 100;

    /// <summary>The wait before the first resend; it doubles with every code issued the same day, up to <see cref="MaxResendWait"/>.</summary>
    public TimeSpan FirstResendWait { get; set; } = TimeSpan.FromSeconds(60);
    public TimeSpan MaxResendWait { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The wait after the <paramref name="issuedToday"/>-th code of the day before another may be issued.</summary>
    public TimeSpan ResendWaitAfter(int issuedToday) =>
        issuedToday <= 0 ? TimeSpan.Zero
            : TimeSpan.FromTicks(Math.Min(MaxResendWait.Ticks, FirstResendWait.Ticks * (1L << Math.Min(issuedToday - 1, 20))));
}

/// <summary>Which roles must sign in with a second factor (configuration "Registry:Accounts:TwoFactor").</summary>
public sealed class TwoFactorPolicy
{
    public bool Administrator { get; set; } = true;
    public bool Observer { get; set; } = true;

    public bool IsRequiredFor(IEnumerable<string> roles) =>
        roles.Any(r => (r == Roles.Administrator && Administrator) || (r == Roles.Observer && Observer));
}

namespace BlazorRegistry.Core.Rules;

/// <summary>Date rules of the application form. "Today" is always Kazakhstan's date (see KazakhstanTime).</summary>
public static class DateRules
{
    public const int MinimumAge = 18;
    private const int MaximumAge = 100;

    public static ErrorCode? CheckDateOfBirth(DateOnly? dateOfBirth, DateOnly today)
    {
        if (dateOfBirth is not { } dob)
            return ErrorCode.Required;
        if (dob > today)
            return ErrorCode.DateInFuture;
        if (dob < today.AddYears(-MaximumAge))
            return ErrorCode.DateOfBirthImplausible;
        return null;
    }

    /// <summary>The applicant must be at least 18 on the day of submission.</summary>
    public static ErrorCode? CheckAdultOn(DateOnly dateOfBirth, DateOnly submissionDay) =>
        dateOfBirth.AddYears(MinimumAge) <= submissionDay ? null : ErrorCode.ApplicantUnder18;

    /// <summary>
    /// A period: start required, start ≤ end ≤ today, nothing before birth. A missing end means "current"
    /// where the caller allows it.
    /// </summary>
    public static IEnumerable<RuleError> CheckPeriod(DateOnly? start, DateOnly? end, bool endRequired,
        DateOnly today, DateOnly? dateOfBirth, string startField, string endField)
    {
        if (start is null)
            yield return new RuleError(ErrorCode.Required, startField);
        if (end is null && endRequired)
            yield return new RuleError(ErrorCode.Required, endField);
        if (start > today)
            yield return new RuleError(ErrorCode.DateInFuture, startField);
        if (end > today)
            yield return new RuleError(ErrorCode.DateInFuture, endField);
        if (start is { } s && end is { } e && s > e)
            yield return new RuleError(ErrorCode.DateRangeReversed, endField);
        if (dateOfBirth is { } dob && start < dob)
            yield return new RuleError(ErrorCode.DateBeforeBirth, startField);
    }

    /// <summary>A date that has already happened (a qualification assigned, a document issued).</summary>
    public static IEnumerable<RuleError> CheckPastDate(DateOnly? date, bool required, DateOnly today,
        DateOnly? dateOfBirth, string field)
    {
        if (date is null)
        {
            if (required)
                yield return new RuleError(ErrorCode.Required, field);
            yield break;
        }
        if (date > today)
            yield return new RuleError(ErrorCode.DateInFuture, field);
        if (dateOfBirth is { } dob && date < dob)
            yield return new RuleError(ErrorCode.DateBeforeBirth, field);
    }
}

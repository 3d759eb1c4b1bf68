namespace BlazorRegistry.Core.Rules;

/// <summary>Work experience as whole years and months (register column 6).</summary>
public readonly record struct Experience(int Years, int Months)
{
    /// <summary>Months beyond a whole year are years.</summary>
    public const int MaxMonths = 11;
    /// <summary>More than a working life: a typing slip (700 for 7), not an experience.</summary>
    public const int MaxYears = 70;

    public int TotalMonths => Years * 12 + Months;

    public static Experience FromMonths(int months) => new(months / 12, months % 12);

    public static ErrorCode? Check(int? years, int? months)
    {
        if (years is null && months is null)
            return ErrorCode.Required;
        if (years < 0 || months < 0)
            return ErrorCode.ExperienceNegative;
        if (months > MaxMonths)
            return ErrorCode.ExperienceMonthsOutOfRange;
        if (years > MaxYears)
            return ErrorCode.ExperienceYearsOutOfRange;
        return null;
    }

    /// <summary>
    /// Whole months covered by the given periods, overlaps counted once (two part-time jobs at the same
    /// time are one month of experience, not two). An open period runs to <paramref name="today"/>.
    /// </summary>
    public static Experience FromPeriods(IEnumerable<(DateOnly Start, DateOnly? End)> periods, DateOnly today)
    {
        var merged = new List<(DateOnly Start, DateOnly End)>();
        foreach (var (start, end) in periods
                     .Select(p => (p.Start, End: p.End ?? today))
                     .Where(p => p.Start <= p.End)
                     .OrderBy(p => p.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].End.AddDays(1))
                merged[^1] = (merged[^1].Start, end > merged[^1].End ? end : merged[^1].End);
            else
                merged.Add((start, end));
        }
        var days = merged.Sum(p => p.End.DayNumber - p.Start.DayNumber + 1);
        // An average month (365.25 / 12 days): the applicant declares whole months, so round down.
        return FromMonths((int)(days / 30.4375));
    }

    public override string ToString() => $"{Years}y {Months}m";
}

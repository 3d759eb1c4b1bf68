using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Tests.Core.Rules;

public class DateRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void ApplicantTurningEighteenTodayMaySubmit() =>
        Assert.Null(DateRules.CheckAdultOn(new DateOnly(2008, 11, 27), Today));

    [Fact]
    public void ApplicantTurningEighteenTomorrowMayNot() =>
        Assert.Equal(ErrorCode.ApplicantUnder18, DateRules.CheckAdultOn(new DateOnly(2008, 11, 28), Today));

    [Fact]
    public void DateOfBirthCannotBeInTheFutureOrMissing()
    {
        Assert.Equal(ErrorCode.DateInFuture, DateRules.CheckDateOfBirth(Today.AddDays(1), Today));
        Assert.Equal(ErrorCode.Required, DateRules.CheckDateOfBirth(null, Today));
        Assert.Equal(ErrorCode.DateOfBirthImplausible, DateRules.CheckDateOfBirth(new DateOnly(1900, 1, 1), Today));
    }

    [Fact]
    public void PeriodMustRunForwardsAndEndByToday()
    {
        var errors = DateRules.CheckPeriod(new(2020, 5, 1), new(2020, 4, 1), true, Today, null, "S", "E").ToList();
        Assert.Equal([new RuleError(ErrorCode.DateRangeReversed, "E")], errors);

        errors = DateRules.CheckPeriod(new(2020, 5, 1), Today.AddDays(1), true, Today, null, "S", "E").ToList();
        Assert.Equal([new RuleError(ErrorCode.DateInFuture, "E")], errors);
    }

    [Fact]
    public void PeriodCannotStartBeforeBirth()
    {
        var errors = DateRules.CheckPeriod(new(1989, 9, 1), new(1995, 6, 1), true, Today, new DateOnly(1990, 1, 1), "S", "E").ToList();
        Assert.Equal([new RuleError(ErrorCode.DateBeforeBirth, "S")], errors);
    }

    [Fact]
    public void OpenPeriodIsAllowedOnlyWhereTheEndIsOptional()
    {
        Assert.Empty(DateRules.CheckPeriod(new(2020, 1, 1), null, false, Today, null, "S", "E"));
        Assert.Equal([new RuleError(ErrorCode.Required, "E")], DateRules.CheckPeriod(new(2020, 1, 1), null, true, Today, null, "S", "E").ToList());
    }

    [Fact]
    public void QualificationDateCannotBeInTheFuture() =>
        Assert.Equal([new RuleError(ErrorCode.DateInFuture, "Q")], DateRules.CheckPastDate(Today.AddDays(1), true, Today, null, "Q").ToList());
}

public class ExperienceTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void AddsSeparatePeriods()
    {
        var e = Experience.FromPeriods([(new(2020, 1, 1), new(2020, 12, 31)), (new(2022, 1, 1), new(2022, 6, 30))], Today);
        Assert.Equal(new Experience(1, 5), e); // 366 + 181 days = 17.97 months, rounded down
    }

    [Fact]
    public void CountsOverlappingJobsOnce()
    {
        var e = Experience.FromPeriods([(new(2020, 1, 1), new(2021, 12, 31)), (new(2021, 1, 1), new(2021, 6, 30))], Today);
        Assert.Equal(new Experience(2, 0), e);
    }

    [Fact]
    public void CurrentJobRunsToToday()
    {
        var e = Experience.FromPeriods([(new(2021, 11, 27), (DateOnly?)null)], Today);
        Assert.Equal(new Experience(5, 0), e);
    }

    [Theory]
    [InlineData(null, null, ErrorCode.Required)]
    [InlineData(1, 12, ErrorCode.ExperienceMonthsOutOfRange)]
    [InlineData(71, 0, ErrorCode.ExperienceYearsOutOfRange)]
    [InlineData(70, 11, null)]
    [InlineData(-1, 0, ErrorCode.ExperienceNegative)]
    public void ChecksDeclaredExperience(int? years, int? months, ErrorCode? expected) => Assert.Equal(expected, Experience.Check(years, months));

    [Fact]
    public void AcceptsZeroYearsAndSomeMonths() => Assert.Null(Experience.Check(0, 7));
}

using BlazorRegistry.App.Register;
using Microsoft.Extensions.Time.Testing;

namespace BlazorRegistry.Tests.Web.Words;

/// <summary>
/// Between 00:00 and 05:00 in Kazakhstan, UTC is still on yesterday: a date put in a file name is
/// Kazakhstan's. (The users page's date is tested with the other /admin/users tests.)
/// </summary>
public class KazakhstanDays
{
    [Fact]
    public void AnExportMadeAtHalfPastOneInTheNightIsNamedAfterThatDay()
    {
        var halfPastOneInAstana = new FakeTimeProvider(new DateTimeOffset(2030, 3, 1, 20, 30, 0, TimeSpan.Zero));
        Assert.Equal("mamandar-tizilimi-20300302.csv", RegisterExports.FileName("mamandar-tizilimi", "csv", halfPastOneInAstana));
        var lateEvening = new FakeTimeProvider(new DateTimeOffset(2030, 3, 1, 18, 59, 0, TimeSpan.Zero));
        Assert.Equal("reestr-specialistov-20300301.xlsx", RegisterExports.FileName("reestr-specialistov", "xlsx", lateEvening));
    }
}

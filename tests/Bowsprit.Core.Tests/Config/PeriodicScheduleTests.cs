using Bowsprit.Core.Config.Jobs;

namespace Bowsprit.Core.Tests.Config;

public sealed class PeriodicScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 17, 30, TimeSpan.Zero);

    [Theory]
    [InlineData("0 3 * * *", "2026-11-25T03:00:00Z")]
    [InlineData("*/15 * * * *", "2026-11-24T10:30:00Z")]
    [InlineData("30 0 3 * * *", "2026-11-25T03:00:30Z")] // six fields: leading seconds
    [InlineData("@daily", "2026-11-25T00:00:00Z")]
    [InlineData("@hourly", "2026-11-24T11:00:00Z")]
    [InlineData("@every 2h", "2026-11-24T12:17:30Z")]
    [InlineData("0 9 * * MON-FRI", "2026-11-25T09:00:00Z")]
    [InlineData("0 22, 10 * * *", "2026-11-24T10:22:00Z")] // a real kubevirt spec: six fields once split, empty list item dropped
    public void ForCron_ValidSpec_ComputesNextFireInUtc(string spec, string expected)
    {
        var schedule = PeriodicSchedule.ForCron(spec);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), schedule.NextCronFire(Now));
    }

    [Theory]
    [InlineData("* * * *")]
    [InlineData("61 * * * *")]
    [InlineData("@every 0s")]
    [InlineData("@every soon")]
    [InlineData("CRON_TZ=Mars/Olympus 0 * * * *")]
    public void ForCron_InvalidSpec_Throws(string spec) =>
        Assert.Throws<FormatException>(() => PeriodicSchedule.ForCron(spec));

    [Fact]
    public void ForInterval_GoDuration_IsParsed()
    {
        Assert.Equal(TimeSpan.FromMinutes(90), PeriodicSchedule.ForInterval("1h30m").Interval);
        Assert.Equal(PeriodicScheduleKind.MinimumInterval, PeriodicSchedule.ForMinimumInterval("24h").Kind);
        Assert.Null(PeriodicSchedule.ForInterval("1h").NextCronFire(Now));
    }
}

using Bowsprit.Core.Time;

namespace Bowsprit.Core.Tests.Time;

/// <summary>What Go's <c>time.Duration.String</c> prints for the same length of time.</summary>
public sealed class GoDurationFormatTests
{
    private const long Ms = TimeSpan.TicksPerMillisecond;
    private const long Sec = TimeSpan.TicksPerSecond;
    private const long Min = TimeSpan.TicksPerMinute;
    private const long Hour = TimeSpan.TicksPerHour;

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(1, "100ns")]
    [InlineData(-1, "-100ns")]
    [InlineData(11, "1.1\u00B5s")]
    [InlineData(15, "1.5\u00B5s")]
    [InlineData(10_000, "1ms")]
    [InlineData(12_345, "1.2345ms")]
    [InlineData(22_000, "2.2ms")]
    [InlineData(500 * Ms, "500ms")]
    [InlineData(Sec, "1s")]
    [InlineData(1500 * Ms, "1.5s")]
    [InlineData(3300 * Ms, "3.3s")]
    [InlineData(90 * Sec, "1m30s")]
    [InlineData((4 * Min) + (5001 * Ms), "4m5.001s")]
    [InlineData((8 * Min) + 1, "8m0.0000001s")]
    [InlineData(Hour, "1h0m0s")]
    [InlineData((2 * Hour) + (30 * Min), "2h30m0s")]
    [InlineData((5 * Hour) + (6 * Min) + (7001 * Ms), "5h6m7.001s")]
    [InlineData(-Min, "-1m0s")]
    [InlineData((26 * Hour) + (3 * Min) + (4005 * Ms), "26h3m4.005s")]
    [InlineData(24 * Hour, "24h0m0s")]
    [InlineData(long.MaxValue, "256204778h48m5.4775807s")]
    [InlineData(long.MinValue, "-256204778h48m5.4775808s")]
    public void Format_TimeSpan_PrintsGoDurationString(long ticks, string expected)
    {
        Assert.Equal(expected, GoDuration.Format(TimeSpan.FromTicks(ticks)));
    }

    [Theory]
    [InlineData("2h")]
    [InlineData("15m")]
    [InlineData("-1.5s")]
    [InlineData("1h2m3.0000004s")]
    [InlineData("700ns")]
    [InlineData("2562047h47m16.8547758s")]
    public void Format_ParsedValue_RoundTrips(string text)
    {
        var value = GoDuration.Parse(text);

        Assert.Equal(value, GoDuration.Parse(GoDuration.Format(value)));
    }
}

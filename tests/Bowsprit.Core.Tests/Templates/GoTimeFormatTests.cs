using Bowsprit.Core.Templates;

namespace Bowsprit.Core.Tests.Templates;

public sealed class GoTimeFormatTests
{
    [Fact]
    public void Time_UtcWithFraction_TrimsTrailingZeros()
    {
        var time = new DateTime(2024, 3, 1, 10, 0, 0, DateTimeKind.Utc).AddTicks(1_234_500);

        Assert.Equal("2024-03-01 10:00:00.12345 +0000 UTC", GoTimeFormat.Time(time));
    }

    [Fact]
    public void Time_UnspecifiedKind_IsTakenAsUtc()
    {
        Assert.Equal("2006-01-02 15:04:05 +0000 UTC", GoTimeFormat.Time(new DateTime(2006, 1, 2, 15, 4, 5)));
    }

    [Fact]
    public void Time_NegativeOffset_NamesZoneByOffset()
    {
        var time = new DateTimeOffset(2006, 1, 2, 15, 4, 5, new TimeSpan(-5, -30, 0));

        Assert.Equal("2006-01-02 15:04:05 -0530 -0530", GoTimeFormat.Time(time));
    }

    public static TheoryData<long, string> Durations => new()
    {
        { 0, "0s" },
        { 1, "100ns" },
        { 10, "1µs" },
        { 15_000, "1.5ms" },
        { 15_000_000, "1.5s" },
        { 900_000_000, "1m30s" },
        { 36_000_000_000, "1h0m0s" },
        { -20_000_000, "-2s" },
        { 37_230_000_001, "1h2m3.0000001s" },
    };

    [Theory]
    [MemberData(nameof(Durations))]
    public void Duration_Ticks_FormatsLikeGoDuration(long ticks, string expected)
    {
        Assert.Equal(expected, GoTimeFormat.Duration(TimeSpan.FromTicks(ticks)));
    }
}

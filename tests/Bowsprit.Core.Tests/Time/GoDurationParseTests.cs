using Bowsprit.Core.Time;

namespace Bowsprit.Core.Tests.Time;

/// <summary>Go's own <c>time.ParseDuration</c> cases, expected values in 100 ns ticks (Go's nanoseconds rounded).</summary>
public sealed class GoDurationParseTests
{
    private const long Ms = TimeSpan.TicksPerMillisecond;
    private const long Sec = TimeSpan.TicksPerSecond;
    private const long Min = TimeSpan.TicksPerMinute;
    private const long Hour = TimeSpan.TicksPerHour;

    [Theory]
    [InlineData("0", 0)]
    [InlineData("5s", 5 * Sec)]
    [InlineData("30s", 30 * Sec)]
    [InlineData("1478s", 1478 * Sec)]
    [InlineData("-5s", -5 * Sec)]
    [InlineData("+5s", 5 * Sec)]
    [InlineData("-0", 0)]
    [InlineData("+0", 0)]
    [InlineData("0s", 0)]
    [InlineData("5.0s", 5 * Sec)]
    [InlineData("5.6s", (5 * Sec) + (600 * Ms))]
    [InlineData("5.s", 5 * Sec)]
    [InlineData(".5s", 500 * Ms)]
    [InlineData("1.004s", Sec + (4 * Ms))]
    [InlineData("1.0040s", Sec + (4 * Ms))]
    [InlineData("100.00100s", (100 * Sec) + Ms)]
    [InlineData("11us", 110)]
    [InlineData("12\u00B5s", 120)]
    [InlineData("12\u03BCs", 120)]
    [InlineData("13ms", 13 * Ms)]
    [InlineData("15m", 15 * Min)]
    [InlineData("16h", 16 * Hour)]
    [InlineData("2h", 2 * Hour)]
    [InlineData("30m", 30 * Min)]
    [InlineData("15s", 15 * Sec)]
    [InlineData("3h30m", (3 * Hour) + (30 * Min))]
    [InlineData("10.5s4m", (4 * Min) + (10 * Sec) + (500 * Ms))]
    [InlineData("-2m3.4s", -((2 * Min) + (3 * Sec) + (400 * Ms)))]
    [InlineData("39h9m14.425s", (39 * Hour) + (9 * Min) + (14 * Sec) + (425 * Ms))]
    [InlineData("1h2m3s4ms5us6ns", 37_230_040_050)]
    [InlineData("52763797000ns", 527_637_970)]
    [InlineData("0.3333333333333333333h", 20 * Min)]
    [InlineData("0.100000000000000000000h", 6 * Min)]
    [InlineData("0.830103483285477580700h", 29_883_725_398)]
    [InlineData("9007199254740993ns", 90_071_992_547_410)]
    [InlineData("9223372036854775807ns", 92_233_720_368_547_758)]
    [InlineData("9223372036854775.807us", 92_233_720_368_547_758)]
    [InlineData("9223372036s854ms775us807ns", 92_233_720_368_547_758)]
    [InlineData("-9223372036854775808ns", -92_233_720_368_547_758)]
    [InlineData("-2562047h47m16.854775808s", -92_233_720_368_547_758)]
    // Nanoseconds round to the nearest 100 ns tick, halves away from zero.
    [InlineData("10ns", 0)]
    [InlineData("49ns", 0)]
    [InlineData("50ns", 1)]
    [InlineData("149ns", 1)]
    [InlineData("150ns", 2)]
    [InlineData("-150ns", -2)]
    public void Parse_GoDuration_ReturnsGoValueInTicks(string text, long expectedTicks)
    {
        Assert.Equal(TimeSpan.FromTicks(expectedTicks), GoDuration.Parse(text));
        Assert.True(GoDuration.TryParse(text, out var parsed));
        Assert.Equal(TimeSpan.FromTicks(expectedTicks), parsed);
    }

    [Theory]
    [InlineData("", "time: invalid duration \"\"")]
    [InlineData("3", "time: missing unit in duration \"3\"")]
    [InlineData("10", "time: missing unit in duration \"10\"")]
    [InlineData("1h30", "time: missing unit in duration \"1h30\"")]
    [InlineData("-", "time: invalid duration \"-\"")]
    [InlineData("s", "time: invalid duration \"s\"")]
    [InlineData(".", "time: invalid duration \".\"")]
    [InlineData("-.", "time: invalid duration \"-.\"")]
    [InlineData(".s", "time: invalid duration \".s\"")]
    [InlineData("+.s", "time: invalid duration \"+.s\"")]
    [InlineData("--1s", "time: invalid duration \"--1s\"")]
    [InlineData("1d", "time: unknown unit \"d\" in duration \"1d\"")]
    [InlineData("1 h", "time: unknown unit \" h\" in duration \"1 h\"")]
    [InlineData("1H", "time: unknown unit \"H\" in duration \"1H\"")]
    [InlineData("1h-1m", "time: unknown unit \"h-\" in duration \"1h-1m\"")]
    [InlineData("1\u00B5x", "time: unknown unit \"\\xc2\\xb5x\" in duration \"1\\xc2\\xb5x\"")]
    [InlineData("\uFFFD", "time: invalid duration \"\\xef\\xbf\\xbd\"")]
    [InlineData("1\"s", "time: unknown unit \"\\\"s\" in duration \"1\\\"s\"")]
    [InlineData("3000000h", "time: invalid duration \"3000000h\"")]
    [InlineData("9223372036854775808ns", "time: invalid duration \"9223372036854775808ns\"")]
    [InlineData("9223372036854775.808us", "time: invalid duration \"9223372036854775.808us\"")]
    [InlineData("9223372036854ms775us808ns", "time: invalid duration \"9223372036854ms775us808ns\"")]
    [InlineData("-9223372036854775809ns", "time: invalid duration \"-9223372036854775809ns\"")]
    [InlineData("99999999999999999999s", "time: invalid duration \"99999999999999999999s\"")]
    public void Parse_Invalid_ThrowsFormatExceptionWithGoMessage(string text, string message)
    {
        var ex = Assert.Throws<FormatException>(() => GoDuration.Parse(text));

        Assert.Equal(message, ex.Message);
        Assert.False(GoDuration.TryParse(text, out var value));
        Assert.Equal(TimeSpan.Zero, value);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(GoDuration.TryParse(null, out _));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(149, 1)]
    [InlineData(150, 2)]
    [InlineData(-150, -2)]
    [InlineData(1_500_000_000, 15_000_000)]
    [InlineData(long.MaxValue, 92_233_720_368_547_758)]
    [InlineData(long.MinValue, -92_233_720_368_547_758)]
    public void FromNanoseconds_GoDuration_RoundsToTicks(long nanoseconds, long expectedTicks)
    {
        Assert.Equal(TimeSpan.FromTicks(expectedTicks), GoDuration.FromNanoseconds(nanoseconds));
    }
}

using System.Globalization;
using System.Text;

namespace Bowsprit.Core.Time;

/// <summary>
/// Go's <c>time.ParseDuration</c> and <c>time.Duration.String</c> for <see cref="TimeSpan"/>,
/// as Prow configs write durations (<c>timeout: 2h</c>, <c>grace_period: 15s</c>).
/// </summary>
/// <remarks>
/// Go durations count nanoseconds; <see cref="TimeSpan"/> counts 100 ns ticks. Parsing computes
/// the exact nanosecond value Go would (same grammar, same overflow limits, same float rounding
/// of fractions) and then rounds it to the nearest tick, halves away from zero, so <c>"150ns"</c>
/// becomes 200 ns and <c>"49ns"</c> becomes zero. Formatting is exact for every
/// <see cref="TimeSpan"/>, including ones beyond Go's ±292-year range (printed with more hours).
/// </remarks>
public static class GoDuration
{
    private const ulong Nanosecond = 1;
    private const ulong Microsecond = 1000 * Nanosecond;
    private const ulong Millisecond = 1000 * Microsecond;
    private const ulong Second = 1000 * Millisecond;
    private const ulong Minute = 60 * Second;
    private const ulong Hour = 60 * Minute;
    private const ulong NanosecondsPerTick = 100;

    // Go accepts up to 1<<63 ns in magnitude while parsing; only a negative result may reach it.
    private const ulong MaxMagnitude = 1UL << 63;

    /// <summary>Parses a Go duration string such as <c>1h30m</c>, <c>-1.5s</c> or <c>300ms</c>.</summary>
    /// <exception cref="FormatException">With Go's message, e.g. <c>time: unknown unit "d" in duration "1d"</c>.</exception>
    public static TimeSpan Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParseCore(s, out var value) is { } error ? throw new FormatException(error) : value;
    }

    /// <summary>Like <see cref="Parse"/>, without throwing.</summary>
    public static bool TryParse(string? s, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        return s is not null && TryParseCore(s, out value) is null;
    }

    /// <summary>Rounds a Go nanosecond count (a raw <c>time.Duration</c>) to the nearest tick.</summary>
    public static TimeSpan FromNanoseconds(long nanoseconds) =>
        nanoseconds < 0
            ? TimeSpan.FromTicks(-(long)RoundToTicks((ulong)-(nanoseconds + 1) + 1))
            : TimeSpan.FromTicks((long)RoundToTicks((ulong)nanoseconds));

    /// <summary>
    /// Formats as Go's <c>Duration.String</c>: <c>0s</c>, <c>1h0m0s</c>, <c>1m30s</c>, <c>1.5s</c>,
    /// <c>500ms</c>, <c>1.5µs</c> (U+00B5), <c>100ns</c>, <c>-1m0s</c>.
    /// </summary>
    public static string Format(TimeSpan duration)
    {
        var ticks = (Int128)duration.Ticks;
        var magnitude = (UInt128)(ticks < 0 ? -ticks : ticks) * NanosecondsPerTick;
        var sb = new StringBuilder(24);
        if (ticks < 0)
        {
            sb.Append('-');
        }

        if (magnitude == 0)
        {
            return "0s";
        }

        if (magnitude < Second)
        {
            // Below a second Go switches to the largest unit that keeps an integer part: 1.5ms, 1.5µs.
            var (unit, name) = magnitude < Microsecond ? (Nanosecond, "ns")
                : magnitude < Millisecond ? (Microsecond, "µs")
                : (Millisecond, "ms");
            AppendWithFraction(sb, magnitude, unit);
            return sb.Append(name).ToString();
        }

        var totalSeconds = magnitude / Second;
        var totalMinutes = totalSeconds / 60;
        if (totalMinutes > 0)
        {
            var hours = totalMinutes / 60;
            if (hours > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{hours}h");
            }

            sb.Append(CultureInfo.InvariantCulture, $"{totalMinutes % 60}m");
        }

        AppendWithFraction(sb, magnitude % Minute, Second);
        return sb.Append('s').ToString();
    }

    // Writes value/unit with its decimal fraction, trailing zeros dropped (and the point with them).
    private static void AppendWithFraction(StringBuilder sb, UInt128 value, ulong unit)
    {
        sb.Append(CultureInfo.InvariantCulture, $"{value / unit}");
        var fraction = (ulong)(value % unit);
        if (fraction == 0)
        {
            return;
        }

        var digits = unit.ToString(CultureInfo.InvariantCulture).Length - 1;
        var text = fraction.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0').TrimEnd('0');
        sb.Append('.').Append(text);
    }

    private static ulong RoundToTicks(ulong nanoseconds) =>
        (nanoseconds / NanosecondsPerTick) + (nanoseconds % NanosecondsPerTick >= NanosecondsPerTick / 2 ? 1UL : 0UL);

    /// <summary>Go's grammar: <c>[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+</c>, or a bare <c>0</c>.</summary>
    /// <returns>Null on success, else Go's error message.</returns>
    private static string? TryParseCore(string original, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var s = original.AsSpan();
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s is "0")
        {
            return null;
        }

        if (s.IsEmpty)
        {
            return Invalid(original);
        }

        ulong total = 0;
        while (!s.IsEmpty)
        {
            if (GoDurationComponent.TryRead(ref s, original, out var nanoseconds) is { } error)
            {
                return error;
            }

            total += nanoseconds;
            if (total > MaxMagnitude)
            {
                return Invalid(original);
            }
        }

        if (!negative && total > MaxMagnitude - 1)
        {
            return Invalid(original);
        }

        var ticks = (long)RoundToTicks(total);
        value = TimeSpan.FromTicks(negative ? -ticks : ticks);
        return null;
    }

    internal static string Invalid(string original) => "time: invalid duration " + GoDurationComponent.Quote(original);
}

using System.Globalization;
using System.Text;

namespace Bowsprit.Core.Templates;

/// <summary>Go's time.Time.String and time.Duration.String layouts.</summary>
internal static class GoTimeFormat
{
    /// <summary>A DateTime of unspecified kind is taken as UTC, as Kubernetes timestamps are.</summary>
    public static string Time(DateTime value) =>
        value.Kind == DateTimeKind.Local ? Time(new DateTimeOffset(value)) : Format(value, TimeSpan.Zero, utc: true);

    public static string Time(DateTimeOffset value) => Format(value.DateTime, value.Offset, value.Offset == TimeSpan.Zero);

    // "2006-01-02 15:04:05.999999999 -0700 MST": fraction trimmed, zone named UTC or by its offset.
    private static string Format(DateTime clock, TimeSpan offset, bool utc)
    {
        var sb = new StringBuilder(48);
        sb.Append(clock.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        AppendFraction(sb, clock.Ticks % TimeSpan.TicksPerSecond);
        var abs = offset.Duration();
        var zone = string.Create(CultureInfo.InvariantCulture, $"{(offset < TimeSpan.Zero ? '-' : '+')}{abs.Hours:D2}{abs.Minutes:D2}");
        return sb.Append(' ').Append(zone).Append(' ').Append(utc ? "UTC" : zone).ToString();
    }

    // "1h2m3.5s", "1m0s", "1.5ms", "0s": hours and minutes only once they are non-zero.
    public static string Duration(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "0s";
        }

        var sb = new StringBuilder(24);
        if (value < TimeSpan.Zero)
        {
            sb.Append('-');
        }

        var ticks = value.Ticks == long.MinValue ? (ulong)long.MaxValue + 1 : (ulong)Math.Abs(value.Ticks);
        if (ticks < TimeSpan.TicksPerSecond)
        {
            var nanos = ticks * 100;
            var (scale, unit) = nanos < 1_000 ? (1UL, "ns") : nanos < 1_000_000 ? (1_000UL, "µs") : (1_000_000UL, "ms");
            sb.Append(nanos / scale);
            var remainder = nanos % scale;
            if (remainder != 0)
            {
                var width = scale == 1_000UL ? 3 : 6;
                sb.Append('.').Append(remainder.ToString("D" + width, CultureInfo.InvariantCulture).TrimEnd('0'));
            }

            return sb.Append(unit).ToString();
        }

        var seconds = ticks / TimeSpan.TicksPerSecond;
        var hours = seconds / 3600;
        var minutes = seconds / 60 % 60;
        if (hours > 0)
        {
            sb.Append(hours).Append('h');
        }

        if (hours > 0 || minutes > 0)
        {
            sb.Append(minutes).Append('m');
        }

        sb.Append(seconds % 60);
        AppendFraction(sb, (long)(ticks % TimeSpan.TicksPerSecond));
        return sb.Append('s').ToString();
    }

    private static void AppendFraction(StringBuilder sb, long ticks)
    {
        if (ticks != 0)
        {
            sb.Append('.').Append((ticks * 100).ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0'));
        }
    }
}

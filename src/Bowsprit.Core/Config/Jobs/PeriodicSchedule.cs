using Bowsprit.Core.Time;
using Cronos;

namespace Bowsprit.Core.Config.Jobs;

/// <summary>
/// When a periodic runs: a cron expression (UTC; five fields, or six with leading seconds, or a descriptor
/// such as <c>@daily</c> or <c>@every 1h</c>), an <c>interval</c> since the last start, or a
/// <c>minimum_interval</c> since the last completion.
/// </summary>
public sealed class PeriodicSchedule
{
    private readonly CronExpression? _cron;
    private readonly TimeZoneInfo _zone;

    private PeriodicSchedule(PeriodicScheduleKind kind, string text, CronExpression? cron, TimeSpan interval, TimeZoneInfo zone)
    {
        Kind = kind;
        Text = text;
        _cron = cron;
        Interval = interval;
        _zone = zone;
    }

    public PeriodicScheduleKind Kind { get; }

    public string Text { get; }

    /// <summary>For interval kinds and <c>@every</c> crons: the period.</summary>
    public TimeSpan Interval { get; }

    /// <summary>True for <c>@every</c> crons, which Prow also fires once when they are registered.</summary>
    public bool IsEvery => Kind == PeriodicScheduleKind.Cron && _cron is null;

    public static PeriodicSchedule ForInterval(string text) =>
        new(PeriodicScheduleKind.Interval, text, null, ParsePositiveDuration(text), TimeZoneInfo.Utc);

    public static PeriodicSchedule ForMinimumInterval(string text) =>
        new(PeriodicScheduleKind.MinimumInterval, text, null, ParsePositiveDuration(text), TimeZoneInfo.Utc);

    /// <summary>Parses a cron spec the way Prow's cron library reads it; throws <see cref="FormatException"/>.</summary>
    public static PeriodicSchedule ForCron(string text)
    {
        var spec = text.Trim();
        var zone = TimeZoneInfo.Utc;
        if (spec.StartsWith("CRON_TZ=", StringComparison.Ordinal) || spec.StartsWith("TZ=", StringComparison.Ordinal))
        {
            var space = spec.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                throw new FormatException($"invalid cron spec \"{text}\": time zone without schedule");
            }

            var zoneId = spec[(spec.IndexOf('=', StringComparison.Ordinal) + 1)..space];
            try
            {
                zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
            }
            catch (TimeZoneNotFoundException)
            {
                throw new FormatException($"invalid cron spec \"{text}\": unknown time zone {zoneId}");
            }

            spec = spec[(space + 1)..].Trim();
        }

        if (spec.StartsWith("@every ", StringComparison.Ordinal))
        {
            var every = ParsePositiveDuration(spec["@every ".Length..].Trim());
            return new PeriodicSchedule(PeriodicScheduleKind.Cron, text, null, every, zone);
        }

        // Prow's cron library splits fields on whitespace and list items on commas, dropping empty items, so
        // "0 22, 10 * * *" is a valid six-field spec there; normalize the same way before Cronos parses it.
        var fields = spec.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(static f => string.Join(',', f.Split(',', StringSplitOptions.RemoveEmptyEntries)))
            .ToArray();
        if (fields.Any(static f => f.Length == 0))
        {
            throw new FormatException($"invalid cron spec \"{text}\": empty field");
        }

        var format = fields.Length switch
        {
            5 => CronFormat.Standard,
            6 => CronFormat.IncludeSeconds,
            1 when spec.StartsWith('@') => CronFormat.Standard,
            _ => throw new FormatException($"invalid cron spec \"{text}\": expected 5 or 6 fields, found {fields.Length}"),
        };

        try
        {
            var cron = CronExpression.Parse(string.Join(' ', fields), format);
            return new PeriodicSchedule(PeriodicScheduleKind.Cron, text, cron, TimeSpan.Zero, zone);
        }
        catch (CronFormatException e)
        {
            throw new FormatException($"invalid cron spec \"{text}\": {e.Message}", e);
        }
    }

    /// <summary>The first cron fire strictly after <paramref name="from"/>; null for interval kinds.</summary>
    public DateTimeOffset? NextCronFire(DateTimeOffset from)
    {
        if (Kind != PeriodicScheduleKind.Cron)
        {
            return null;
        }

        return _cron is null ? from + Interval : _cron.GetNextOccurrence(from, _zone);
    }

    private static TimeSpan ParsePositiveDuration(string text)
    {
        var value = GoDuration.Parse(text);
        if (value <= TimeSpan.Zero)
        {
            throw new FormatException($"duration \"{text}\" must be positive");
        }

        return value;
    }
}

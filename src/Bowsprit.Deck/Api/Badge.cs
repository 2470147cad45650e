using System.Globalization;
using Bowsprit.Core.Api;
using Bowsprit.Deck.Index;
using static Bowsprit.Deck.Html.DeckHtml;

namespace Bowsprit.Deck.Api;

/// <summary>Prow's build badge: the newest run of each job matching the globs; red and naming up to three failing jobs, else green.</summary>
internal static class Badge
{
    public static IReadOnlyList<DeckJob> LatestRuns(JobIndexSnapshot snapshot, IReadOnlyList<string> globs, Func<DeckJob, bool> visible)
    {
        var latest = new List<DeckJob>();
        foreach (var jobName in snapshot.JobNames)
        {
            if (globs.Any(g => Glob.IsMatch(g, jobName)) && snapshot.OfJob(jobName).FirstOrDefault(visible) is { } newest)
            {
                latest.Add(newest);
            }
        }

        return latest;
    }

    public static string Render(IReadOnlyList<DeckJob> latest)
    {
        var (status, color) = ("passing", "#4c1");
        if (latest.Count == 0)
        {
            (status, color) = ("no results", "darkgrey");
        }
        else
        {
            var failing = latest.Where(static j => j.State == ProwJobState.Failure).Select(static j => j.JobName).Order(StringComparer.Ordinal).ToList();
            if (failing.Count > 3)
            {
                failing = [.. failing.Take(3), "..."];
            }

            if (failing.Count > 0)
            {
                (status, color) = ("failing " + string.Join(", ", failing), "#e05d44");
            }
        }

        return Shield("build", status, color);
    }

    /// <summary>A two-part flat badge; text width is estimated at 6px per character like Prow's.</summary>
    private static string Shield(string subject, string status, string color)
    {
        var rightStart = 13 + (6 * subject.Length);
        var rightWidth = 13 + (6 * status.Length);
        var width = rightStart + rightWidth;
        var left = (rightStart * 0.5).ToString(CultureInfo.InvariantCulture);
        var right = (rightStart + ((rightWidth - 2) * 0.5)).ToString(CultureInfo.InvariantCulture);
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="20" role="img" aria-label="{E(subject)}: {E(status)}">
            <title>{E(subject)}: {E(status)}</title>
            <linearGradient id="a" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>
            <rect rx="3" width="100%" height="20" fill="#555"/>
            <g fill="{color}"><rect rx="3" x="{rightStart}" width="{rightWidth}" height="20"/><path d="M{rightStart} 0h4v20h-4z"/></g>
            <rect rx="3" width="100%" height="20" fill="url(#a)"/>
            <g fill="#fff" text-anchor="middle" font-family="DejaVu Sans,Verdana,Geneva,sans-serif" font-size="11">
            <g fill="#010101" opacity=".3"><text x="{left}" y="15">{E(subject)}</text><text x="{right}" y="15">{E(status)}</text></g>
            <text x="{left}" y="14">{E(subject)}</text><text x="{right}" y="14">{E(status)}</text>
            </g>
            </svg>
            """;
    }
}

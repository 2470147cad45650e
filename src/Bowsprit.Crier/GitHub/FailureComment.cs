using Bowsprit.Core.Api;
using Bowsprit.GitHub.Models;

namespace Bowsprit.Crier.GitHub;

/// <summary>
/// The pull request comment listing failed jobs (prow-spec §7), in Prow's format so comments a Prow bot left
/// earlier are recognized, merged and cleaned up: a table whose rows follow a <c>---</c> line up to a blank
/// line, ending in the hidden <see cref="Marker"/>.
/// </summary>
public static class FailureComment
{
    public const string Marker = "<!-- test report -->";

    private const string Footer = "Comments from this bot are edited as jobs finish; the list only shows jobs whose latest run failed. Say `/help` for the commands it understands.";

    /// <summary>
    /// What to do with the bot's existing report comments, given the completed jobs being reported now: which
    /// comments to delete, which rows the new comment has, and which comment to edit (null: create one if rows remain).
    /// </summary>
    public static CommentPlan Plan(IReadOnlyList<ProwJob> jobs, Func<string, bool> isBot, IReadOnlyList<IssueComment> comments)
    {
        var deletes = new List<long>();
        long? latest = null;
        var rows = new List<string>();
        foreach (var comment in comments)
        {
            if (!isBot(comment.User.Login) || !comment.Body.Contains(Marker, StringComparison.Ordinal))
            {
                continue;
            }

            if (latest is { } older)
            {
                deletes.Add(older);
            }

            latest = comment.Id;
            var inTable = false;
            foreach (var raw in comment.Body.Split('\n'))
            {
                var line = raw.Trim();
                if (line.StartsWith("---", StringComparison.Ordinal))
                {
                    inTable = true;
                }
                else if (line.Length == 0)
                {
                    inTable = false;
                }
                else if (inTable)
                {
                    rows.Add(line);
                }
            }
        }

        var reporting = jobs.Select(static j => j.Spec.Context ?? "").ToHashSet(StringComparer.Ordinal);
        var kept = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var context = ContextOf(rows[i]);
            var newerRow = rows.Skip(i + 1).Any(r => ContextOf(r) == context);
            if (!newerRow && !reporting.Contains(context))
            {
                kept.Add(rows[i]);
            }
        }

        var newFailure = false;
        foreach (var job in jobs.Where(static j => j.Status.State == ProwJobState.Failure))
        {
            kept.Add(Row(job));
            newFailure = true;
        }

        // A new failure gets a fresh comment (so people are notified); no rows left means nothing to say.
        if ((newFailure || kept.Count == 0) && latest is { } replaced)
        {
            deletes.Add(replaced);
            latest = null;
        }

        return new CommentPlan(deletes, kept, latest);
    }

    /// <summary><c>context | sha | [link](url) | required | `rerun`</c>; required is known only for presubmits.</summary>
    public static string Row(ProwJob job)
    {
        var required = "unknown";
        if (job.Spec.Type == ProwJobType.Presubmit && job.Metadata.Labels is { } labels
            && labels.TryGetValue(ProwJobLabels.IsOptional, out var optional) && TryParseGoBool(optional, out var isOptional))
        {
            required = isOptional ? "false" : "true";
        }

        var sha = job.Spec.Refs?.Pulls is { Count: > 0 } pulls ? pulls[0].Sha : "";
        return string.Join(" | ", job.Spec.Context, sha, $"[link]({job.Status.Url})", required, $"`{job.Spec.RerunCommand}`");
    }

    /// <summary>The comment body; <paramref name="template"/> is the rendered <c>plank.report_templates</c> entry, if any.</summary>
    public static string Render(IReadOnlyList<ProwJob> jobs, IReadOnlyList<string> rows, string? template)
    {
        var author = jobs[0].Spec.Refs?.Pulls is { Count: > 0 } pulls ? pulls[0].Author : "";
        var lines = new List<string>();
        if (rows.Count == 0)
        {
            lines.AddRange([$"@{author}: all tests **passed!**", ""]);
        }
        else
        {
            var plural = rows.Count > 1 ? "s" : "";
            lines.AddRange(
            [
                $"@{author}: The following test{plural} **failed**, say `/retest` to rerun all failed tests or `/retest-required` to rerun all mandatory failed tests:",
                "",
                "Test name | Commit | Details | Required | Rerun command",
                "--- | --- | --- | --- | ---",
            ]);
        }

        lines.AddRange(rows);
        if (template is not null)
        {
            lines.AddRange(["", template]);
        }

        lines.AddRange(["", "<details>", "", Footer, "</details>", Marker]);
        return string.Join('\n', lines);
    }

    private static string ContextOf(string row) => row.Split(" | ")[0];

    // Go's strconv.ParseBool.
    private static bool TryParseGoBool(string value, out bool result)
    {
        switch (value)
        {
            case "1" or "t" or "T" or "TRUE" or "true" or "True":
                result = true;
                return true;
            case "0" or "f" or "F" or "FALSE" or "false" or "False":
                result = false;
                return true;
            default:
                result = false;
                return false;
        }
    }
}

/// <summary>The outcome of <see cref="FailureComment.Plan"/>.</summary>
public sealed record CommentPlan(IReadOnlyList<long> Deletes, IReadOnlyList<string> Rows, long? EditId);

using System.Text;
using Bowsprit.Core.Config.Jobs;

namespace Bowsprit.Plugins.Trigger;

/// <summary>
/// The reply to a <c>/test</c> that names no job trigger knows (or asks with <c>/test ?</c>): which commands
/// start which jobs on this branch. Later <c>/test</c> and <c>/retest</c> comments delete these replies again,
/// which is why they are recognizable by their headers.
/// </summary>
internal static class HelpReply
{
    private const string RequiredHeader = "The following commands are available to trigger required jobs:";
    private const string OptionalHeader = "The following commands are available to trigger optional jobs:";
    private const string NoJobs = "No presubmit jobs available for ";

    /// <summary>Null when the comment needs no help; otherwise the note that opens the reply (may be empty).</summary>
    public static string? NoteFor(string body, int selectedJobs)
    {
        if (TriggerCommands.TestHelp().IsMatch(body))
        {
            return "";
        }

        if (TriggerCommands.TestWithoutTarget().IsMatch(body))
        {
            return "The `/test` command needs one or more targets.\n";
        }

        if (TriggerCommands.RetestWithTarget().IsMatch(body))
        {
            return "The `/retest` command does not accept any targets.\n";
        }

        return selectedJobs == 0 && TriggerCommands.TestWithTarget().IsMatch(body)
            ? "The specified target(s) for `/test` were not found.\n"
            : null;
    }

    public static string Build(string org, string repo, string branch, string note, IEnumerable<Presubmit> presubmits)
    {
        var available = presubmits.Where(p => p.CouldRun(branch)).ToList();
        if (available.Count == 0)
        {
            return $"{NoJobs}{org}/{repo}@{branch}";
        }

        var sb = new StringBuilder(note);
        AppendList(sb, RequiredHeader, available.Where(static p => !p.Optional).Select(RerunCommand));
        AppendList(sb, OptionalHeader, available.Where(static p => p.Optional).Select(RerunCommand));
        var automatic = available.Where(static p => !p.NeedsExplicitTrigger).Select(static p => p.Name).ToList();
        if (automatic.Count == available.Count)
        {
            sb.Append("\nUse `/test all` to run all jobs.\n");
        }
        else if (automatic.Count > 0)
        {
            AppendList(sb, "Use `/test all` to run the following jobs that were automatically triggered:", automatic);
        }

        return sb.ToString();
    }

    /// <summary>Whether a comment (by the bot) is one of these replies.</summary>
    public static bool IsHelpReply(string body) =>
        body.Contains(RequiredHeader, StringComparison.Ordinal) || body.Contains(OptionalHeader, StringComparison.Ordinal)
        || body.Contains(NoJobs, StringComparison.Ordinal);

    private static string RerunCommand(Presubmit job) => string.IsNullOrEmpty(job.RerunCommand) ? $"/test {job.Name}" : job.RerunCommand;

    private static void AppendList(StringBuilder sb, string header, IEnumerable<string> items)
    {
        var sorted = items.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (sorted.Count == 0)
        {
            return;
        }

        if (sb.Length > 0)
        {
            sb.Append('\n');
        }

        sb.Append(header).Append('\n');
        foreach (var item in sorted)
        {
            sb.Append("* `").Append(item).Append("`\n");
        }
    }
}

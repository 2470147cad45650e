using System.Text;
using Bowsprit.GitHub.Models;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Override;

/// <summary>
/// Undoes overrides on the PR's head: each overridden context (all of them, or the named ones) becomes a failure,
/// so Tide stops merging on it and <c>/retest</c> reruns it; the override ProwJobs are failed with it.
/// </summary>
internal static class OverrideCancelCommand
{
    public static async Task HandleAsync(PluginContext context, GenericCommentEvent comment, PullRequest pr, IReadOnlyList<string> names, CancellationToken ct)
    {
        var gh = context.GitHub;
        var head = pr.Head.Sha;
        var statuses = (await gh.GetCombinedStatusAsync(comment.Org, comment.RepoName, head, ct)).Statuses;
        var overridden = statuses
            .Where(s => s.State == "success" && s.Description?.StartsWith(OverridePlugin.OverriddenBy, StringComparison.Ordinal) == true)
            .Select(s => s.Context).ToHashSet(StringComparer.Ordinal);
        var presubmits = context.Config.PresubmitsFor($"{comment.Org}/{comment.RepoName}");

        var targets = new List<string>();
        var unknown = new List<string>();
        foreach (var name in names)
        {
            var statusContext = overridden.Contains(name) ? name : presubmits.FirstOrDefault(j => j.Name == name && overridden.Contains(j.Context ?? j.Name))?.Context;
            if (statusContext is null)
            {
                unknown.Add(name);
            }
            else if (!targets.Contains(statusContext, StringComparer.Ordinal))
            {
                targets.Add(statusContext);
            }
        }

        if (names.Count == 0)
        {
            targets.AddRange(overridden.Order(StringComparer.Ordinal));
        }

        var description = "Override cancelled by " + comment.User.Login;
        foreach (var statusContext in targets)
        {
            await OverrideJobs.CancelAsync(context, comment, head, statusContext, description, ct);
            await gh.CreateStatusAsync(comment.Org, comment.RepoName, head, "failure", statusContext, description, comment.HtmlUrl, ct);
        }

        if (unknown.Count > 0 || (names.Count == 0 && targets.Count == 0))
        {
            var message = new StringBuilder("/override-cancel only applies to overridden contexts.\n");
            if (unknown.Count > 0)
            {
                message.Append("The following contexts are not overridden:\n").Append(OverrideCommand.List(unknown)).Append('\n');
            }

            message.Append("Overridden contexts:\n").Append(OverrideCommand.List([.. overridden.Order(StringComparer.Ordinal)]));
            await gh.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number, CommentReply.Format(comment, message.ToString()), ct);
        }
    }
}

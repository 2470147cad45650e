using System.Text.RegularExpressions;
using Bowsprit.Core.Plugins;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Skip;

/// <summary>
/// <c>/skip</c> clears stale statuses: a presubmit that does not block merging and that would not run for this
/// PR's changes can still carry a failure from an explicit <c>/test</c>; its context is set to success "Skipped".
/// </summary>
public sealed partial class SkipPlugin : IPlugin, IGenericCommentHandler
{
    public const string Description = "Skipped";

    public string Name => "skip";

    public PluginHelp Help(PluginsConfig config) => new()
    {
        Description = "The skip plugin allows users to clean up GitHub stale commit statuses for non-blocking jobs on a PR.",
        Commands =
        [
            new PluginCommand
            {
                Usage = "/skip",
                Description = "Mark as successful all non-success statuses of jobs that are optional (not required to merge) and would not run automatically for this PR.",
                Featured = false,
                WhoCanUse = "Anyone can trigger this command.",
                Examples = ["/skip"],
            },
        ],
    };

    public async Task HandleGenericCommentAsync(PluginContext context, GenericCommentEvent comment, CancellationToken ct)
    {
        if (!comment.IsPullRequest || comment.IssueState == "closed" || comment.Action != "created" ||
            !SkipRegex().IsMatch(CommentCommands.StripCodeBlocks(comment.Body).ReplaceLineEndings("\n")))
        {
            return;
        }

        var presubmits = context.Config.PresubmitsFor($"{comment.Org}/{comment.RepoName}");
        if (presubmits.Count == 0)
        {
            return;
        }

        var gh = context.GitHub;
        var pr = await gh.GetPullRequestAsync(comment.Org, comment.RepoName, comment.Number, ct);
        var combined = await gh.GetCombinedStatusAsync(comment.Org, comment.RepoName, pr.Head.Sha, ct);
        var states = combined.Statuses.GroupBy(s => s.Context, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().State, StringComparer.Ordinal);

        // Changed files are fetched only if some candidate has a run_if_changed/skip_if_only_changed filter.
        IReadOnlyList<string>? changes = null;
        foreach (var job in presubmits)
        {
            var statusContext = job.Context ?? job.Name;
            if (job.ContextRequired || !states.TryGetValue(statusContext, out var state) || state == "success")
            {
                continue;
            }

            if (job.CouldRun(pr.Base.Ref) && (job.AlwaysRun || (job.ChangeMatcher.IsSet && job.ChangeMatcher.ShouldRun(changes ??= await ChangesAsync(context, comment, ct)))))
            {
                continue;   // trigger runs it for these changes, so its status is not stale
            }

            await gh.CreateStatusAsync(comment.Org, comment.RepoName, pr.Head.Sha, "success", statusContext, Description, null, ct);
        }
    }

    private static async Task<IReadOnlyList<string>> ChangesAsync(PluginContext context, GenericCommentEvent comment, CancellationToken ct) =>
        [.. (await context.GitHub.GetPullRequestFilesAsync(comment.Org, comment.RepoName, comment.Number, ct)).Select(f => f.Filename)];

    [GeneratedRegex(@"(?mi)^/skip\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SkipRegex();
}

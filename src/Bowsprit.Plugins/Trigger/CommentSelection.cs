using Bowsprit.GitHub.Models;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Trigger;

/// <summary>Turns a comment's commands into one <see cref="PresubmitFilter"/> for its PR.</summary>
internal static class CommentSelection
{
    private static readonly HashSet<string> FailedStates = new(StringComparer.OrdinalIgnoreCase) { "failure", "error" };

    public static async Task<PresubmitFilter> FilterAsync(PluginContext context, Repository repo, PullRequest pr, ParsedComment comment, CancellationToken ct)
    {
        var filters = new List<PresubmitFilter> { PresubmitFilters.Command(comment.Body) };
        if (comment.TestAll || comment.OkToTest)
        {
            filters.Add(PresubmitFilters.TestAll);
        }

        if (comment.TestManualRequired)
        {
            filters.Add(PresubmitFilters.ManualRequired);
        }

        if (comment.IsRetest)
        {
            // Only the head commit's statuses count: failures on older pushes were for other code.
            var status = await context.GitHub.GetCombinedStatusAsync(repo.Owner.Login, repo.Name, pr.Head.Sha, ct);
            var failed = status.Statuses.Where(static s => FailedStates.Contains(s.State)).Select(static s => s.Context).ToHashSet(StringComparer.Ordinal);
            var known = status.Statuses.Select(static s => s.Context).ToHashSet(StringComparer.Ordinal);
            filters.Add(PresubmitFilters.Retest(failed, known, requiredOnly: !comment.Retest));
        }

        return PresubmitFilters.Any(filters);
    }
}

using System.Text.RegularExpressions;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Lifecycle;

/// <summary><c>/[remove-]lifecycle X</c>: adding one lifecycle label removes the others, so at most one is set.</summary>
internal static partial class LifecycleLabels
{
    public const string Prefix = "lifecycle/";
    public const string Frozen = "lifecycle/frozen";
    public const string Stale = "lifecycle/stale";
    public const string Rotten = "lifecycle/rotten";

    public static readonly IReadOnlyList<string> All = ["lifecycle/active", Frozen, Stale, Rotten];

    public static async Task HandleAsync(PluginContext context, GenericCommentEvent comment, string body, CancellationToken ct)
    {
        var matches = LifecycleRegex().Matches(body);
        if (matches.Count == 0)
        {
            return;
        }

        var gh = context.GitHub;
        var labels = (await gh.GetIssueLabelsAsync(comment.Org, comment.RepoName, comment.Number, ct)).Select(l => l.Name).ToList();
        foreach (Match match in matches)
        {
            var remove = match.Groups[1].Success;
            var label = Prefix + match.Groups[2].Value.ToLowerInvariant();

            // Frozen means "never auto-close"; PRs go stale with their base, so freezing them is refused.
            if (!remove && label == Frozen && comment.IsPullRequest)
            {
                await gh.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number,
                    CommentReply.Format(comment, "The `" + Frozen + "` label cannot be applied to Pull Requests."), ct);
                continue;
            }

            var has = labels.Contains(label, StringComparer.OrdinalIgnoreCase);
            if (remove)
            {
                if (has)
                {
                    await gh.RemoveLabelAsync(comment.Org, comment.RepoName, comment.Number, label, ct);
                    labels.RemoveAll(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase));
                }

                continue;
            }

            if (!has)
            {
                await gh.AddLabelsAsync(comment.Org, comment.RepoName, comment.Number, [label], ct);
                labels.Add(label);
            }

            foreach (var other in labels.Where(l => All.Contains(l, StringComparer.OrdinalIgnoreCase) && !string.Equals(l, label, StringComparison.OrdinalIgnoreCase)).ToList())
            {
                await gh.RemoveLabelAsync(comment.Org, comment.RepoName, comment.Number, other, ct);
                labels.Remove(other);
            }
        }
    }

    [GeneratedRegex(@"(?mi)^/(remove-)?lifecycle (active|frozen|stale|rotten)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LifecycleRegex();
}

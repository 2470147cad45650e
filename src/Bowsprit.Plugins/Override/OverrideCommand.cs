using System.Text;
using Bowsprit.GitHub.Models;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Override;

/// <summary>
/// Sets each named non-successful context (or the context of the named presubmit) to success, records a
/// successful ProwJob for presubmit contexts, and lists in one reply the names that matched nothing.
/// </summary>
internal static class OverrideCommand
{
    public static async Task HandleAsync(PluginContext context, GenericCommentEvent comment, PullRequest pr, IReadOnlyList<(string Context, bool Sticky)> requests, CancellationToken ct)
    {
        var gh = context.GitHub;
        var head = pr.Head.Sha;
        var baseSha = await gh.GetRefAsync(comment.Org, comment.RepoName, "heads/" + pr.Base.Ref, ct);
        var statuses = (await gh.GetCombinedStatusAsync(comment.Org, comment.RepoName, head, ct)).Statuses;
        var failing = statuses.Where(s => s.State != "success").Select(s => s.Context).ToHashSet(StringComparer.Ordinal);
        var presubmits = context.Config.PresubmitsFor($"{comment.Org}/{comment.RepoName}");

        var unknown = new List<string>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, sticky) in requests)
        {
            var statusContext = failing.Contains(name) ? name : presubmits.FirstOrDefault(j => j.Name == name && failing.Contains(j.Context ?? j.Name))?.Context;
            if (statusContext is null)
            {
                unknown.Add(name);
                continue;
            }

            if (!done.Add(statusContext))
            {
                continue;
            }

            var description = OverridePlugin.OverriddenBy + comment.User.Login + (sticky ? " " + OverridePlugin.SkipRetest : "");
            if (presubmits.FirstOrDefault(j => (j.Context ?? j.Name) == statusContext) is { } job)
            {
                await OverrideJobs.CreateAsync(context, comment, pr, baseSha, job, description, ct);
            }

            await gh.CreateStatusAsync(comment.Org, comment.RepoName, head, "success", statusContext, StatusDescription.WithBaseSha(description, baseSha), comment.HtmlUrl, ct);
        }

        if (unknown.Count > 0)
        {
            var message = new StringBuilder("/override requires failed status contexts or prowjob names to operate on.\n")
                .Append("The following unknown contexts were given:\n").Append(List(unknown))
                .Append("\nOnly the following failed contexts were expected:\n").Append(List([.. failing.Order(StringComparer.Ordinal)]))
                .Append("\nIf a context has a space in its name, put it in double quotes.");
            await gh.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number, CommentReply.Format(comment, message.ToString()), ct);
        }
    }

    internal static string List(IReadOnlyList<string> items) =>
        items.Count == 0 ? "- (none)\n" : string.Concat(items.Select(i => $"- `{i}`\n"));
}

using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Jobs;
using Bowsprit.GitHub.Models;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Override;

/// <summary>
/// The ProwJobs behind overrides. Tide trusts a finished ProwJob for the current base and head as much as a
/// status, so an override records a completed successful job, and cancelling one fails that job again.
/// </summary>
internal static class OverrideJobs
{
    public static async Task CreateAsync(PluginContext context, GenericCommentEvent comment, PullRequest pr, string baseSha, Presubmit job, string description, CancellationToken ct)
    {
        var pj = context.JobFactory.NewPresubmit(job, RefsFor(comment.Repo, pr, baseSha), context.EventGuid);
        var now = context.Time.GetUtcNow();
        pj.Status = new ProwJobStatus
        {
            StartTime = pj.Status.StartTime,
            CompletionTime = now,
            State = ProwJobState.Success,
            Description = description,
            Url = comment.HtmlUrl,
        };
        await context.ProwJobs.CreateAsync(pj, ct);
    }

    /// <summary>Marks the successful override jobs of <paramref name="statusContext"/> on this head failed.</summary>
    public static async Task CancelAsync(PluginContext context, GenericCommentEvent comment, string headSha, string statusContext, string description, CancellationToken ct)
    {
        var query = new Core.ProwJobs.ProwJobQuery
        {
            Type = ProwJobType.Presubmit,
            Labels = new Dictionary<string, string>
            {
                [ProwJobLabels.Org] = comment.Org,
                [ProwJobLabels.Repo] = comment.RepoName,
                [ProwJobLabels.Pull] = comment.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        foreach (var pj in await context.ProwJobs.ListAsync(query, ct))
        {
            if (pj.Status.State == ProwJobState.Success && pj.Spec.Context == statusContext &&
                pj.Spec.Refs?.Pulls is [{ } pull] && pull.Sha == headSha && pj.Status.Description?.StartsWith(OverridePlugin.OverriddenBy, StringComparison.Ordinal) == true)
            {
                pj.Status.State = ProwJobState.Failure;
                pj.Status.Description = description;
                await context.ProwJobs.UpdateAsync(pj, ct);
            }
        }
    }

    private static Refs RefsFor(Repository repo, PullRequest pr, string baseSha) => new()
    {
        Org = repo.Owner.Login,
        Repo = repo.Name,
        RepoLink = repo.HtmlUrl,
        BaseRef = pr.Base.Ref,
        BaseSha = baseSha,
        BaseLink = repo.HtmlUrl is null ? null : $"{repo.HtmlUrl}/commit/{baseSha}",
        Pulls =
        [
            new Pull
            {
                Number = pr.Number,
                Author = pr.User.Login,
                Sha = pr.Head.Sha,
                Title = pr.Title,
                Ref = $"refs/pull/{pr.Number}/head",
                HeadRef = pr.Head.Ref,
                Link = pr.HtmlUrl,
                CommitLink = pr.HtmlUrl is null ? null : $"{pr.HtmlUrl}/commits/{pr.Head.Sha}",
                AuthorLink = pr.User.HtmlUrl,
            },
        ],
    };
}

using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Jobs;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Trigger;

/// <summary>Trigger's reaction to <c>push</c> events: postsubmits for the pushed branch.</summary>
internal sealed class PushActions(PluginContext context)
{
    public async Task HandleAsync(PushEvent push, CancellationToken ct)
    {
        if (push.IsDeletion)
        {
            return;
        }

        // Push payloads carry the owner's login in owner.name (their owner object differs from other events').
        var org = string.IsNullOrEmpty(push.Repository.Owner.Name) ? push.Repository.Owner.Login : push.Repository.Owner.Name;
        var repo = push.Repository.Name;
        var postsubmits = context.Config.PostsubmitsFor($"{org}/{repo}");
        if (postsubmits.Count == 0)
        {
            return;
        }

        var branch = BranchOf(push.Ref);
        var changed = push.Commits.SelectMany(static c => c.Added.Concat(c.Removed).Concat(c.Modified)).Distinct(StringComparer.Ordinal).ToList();
        var refs = new Refs
        {
            Org = org,
            Repo = repo,
            RepoLink = push.Repository.HtmlUrl,
            BaseRef = branch,
            BaseSha = push.After,
            BaseLink = push.Compare,
        };
        var runs = postsubmits.Where(j => ShouldRun(j, branch, changed)).Select(j => context.JobFactory.NewPostsubmit(j, refs, context.EventGuid)).ToList();
        await JobCreator.CreateAllAsync(context, runs, push.After, ct);
    }

    /// <summary>Branch filter first; then the changed-files filter if set, else always_run if set, else run.</summary>
    public static bool ShouldRun(Postsubmit job, string branch, IReadOnlyList<string> changedPaths)
    {
        if (!job.CouldRun(branch))
        {
            return false;
        }

        return job.ChangeMatcher.IsSet ? job.ChangeMatcher.ShouldRun(changedPaths) : job.AlwaysRun ?? true;
    }

    /// <summary>Tags are matched by the branch filters too (users write <c>branches: [^v\d+]</c> for release jobs).</summary>
    public static string BranchOf(string gitRef)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["refs/heads/", "refs/tags/"])
        {
            if (gitRef.StartsWith(prefix, StringComparison.Ordinal))
            {
                return gitRef[prefix.Length..];
            }
        }

        return gitRef;
    }
}

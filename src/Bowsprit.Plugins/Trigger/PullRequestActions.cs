using Bowsprit.Core.Config.Jobs;
using Bowsprit.Core.Plugins;
using Bowsprit.GitHub.Models;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Trigger;

/// <summary>Trigger's reaction to <c>pull_request</c> events.</summary>
internal sealed class PullRequestActions(PluginContext context)
{
    public async Task HandleAsync(PullRequestEvent e, CancellationToken ct)
    {
        var repo = e.Repository;
        var pr = e.PullRequest;
        var org = repo.Owner.Login;
        switch (e.Action)
        {
            // Runs of a closed, drafted or outdated PR test something nobody will merge; stop them even if the
            // repository has no presubmits configured any more.
            case "closed" or "converted_to_draft":
                await new RunAborter(context).AbortAllAsync(org, repo.Name, pr.Number, ct);
                return;
            case "synchronize":
                await new RunAborter(context).AbortAllAsync(org, repo.Name, pr.Number, ct);
                break;
        }

        var presubmits = context.Config.PresubmitsFor($"{org}/{repo.Name}");
        if (presubmits.Count == 0)
        {
            return;
        }

        var config = context.Plugins.TriggerFor(org, repo.Name);
        var trust = new TrustChecker(context, config, org, repo.Name);
        var labels = pr.Labels.Select(static l => l.Name).ToList();
        switch (e.Action)
        {
            case "opened":
                await OpenedAsync(repo, pr, labels, presubmits, trust, config, ct);
                break;
            case "reopened" or "ready_for_review" or "synchronize":
            case "edited" when BaseChanged(e):
                if (await trust.IsTrustedPullAsync(pr.User.Login, labels, ct))
                {
                    await IssueLabels.RemoveIfPresentAsync(context.GitHub, org, repo.Name, pr.Number, labels, TriggerLabels.NeedsOkToTest, ct);
                    await RunAllAsync(repo, pr, presubmits, ct);
                }

                break;
            case "labeled":
                await LabeledAsync(e, labels, presubmits, trust, ct);
                break;
        }
    }

    private async Task OpenedAsync(Repository repo, PullRequest pr, IReadOnlyList<string> labels, IReadOnlyList<Presubmit> presubmits, TrustChecker trust, TriggerConfig config, CancellationToken ct)
    {
        var org = repo.Owner.Login;
        if (await trust.IsTrustedPullAsync(pr.User.Login, labels, ct))
        {
            if (pr.Draft)
            {
                await context.GitHub.CreateCommentAsync(org, repo.Name, pr.Number, WelcomeMessage.Draft, ct);
                return;
            }

            await RunAllAsync(repo, pr, presubmits, ct);
            return;
        }

        if (!config.IgnoreOkToTest)
        {
            await IssueLabels.AddIfMissingAsync(context.GitHub, org, repo.Name, pr.Number, labels, TriggerLabels.NeedsOkToTest, ct);
        }

        await context.GitHub.CreateCommentAsync(org, repo.Name, pr.Number, WelcomeMessage.Build(config, repo, pr), ct);
    }

    private async Task LabeledAsync(PullRequestEvent e, IReadOnlyList<string> labels, IReadOnlyList<Presubmit> presubmits, TrustChecker trust, CancellationToken ct)
    {
        var added = e.Label?.Name ?? "";
        // lgtm on a PR nobody vouched for earns it one run: a reviewer has read the code. ok-to-test added by a
        // person (not by the bot answering /ok-to-test, which already started the tests) starts them too.
        var run = string.Equals(added, TriggerLabels.Lgtm, StringComparison.OrdinalIgnoreCase)
            ? !await trust.IsTrustedPullAsync(e.PullRequest.User.Login, labels, ct)
            : string.Equals(added, TriggerLabels.OkToTest, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(e.Sender.Login, context.BotLogin, StringComparison.OrdinalIgnoreCase);
        if (run)
        {
            await RunAllAsync(e.Repository, e.PullRequest, presubmits, ct);
        }
    }

    private async Task RunAllAsync(Repository repo, PullRequest pr, IReadOnlyList<Presubmit> presubmits, CancellationToken ct)
    {
        if (pr.Draft)
        {
            return;
        }

        if (pr.Mergeable == false)
        {
            // The jobs would test a merge that cannot be made; they start again once the conflict is resolved.
            TriggerLog.NotMergeable(context.Logger, repo.Owner.Login, repo.Name, pr.Number);
            return;
        }

        var changes = new ChangedFiles(context.GitHub, repo.Owner.Login, repo.Name, pr.Number);
        var jobs = await PresubmitSelection.SelectAsync(presubmits, pr.Base.Ref, PresubmitFilters.TestAll, changes, ct);
        await new RunRequester(context, repo, pr).RunAsync(jobs, null, ct);
    }

    private static bool BaseChanged(PullRequestEvent e) =>
        e.Changes?.Base is { } changed && (!string.IsNullOrEmpty(changed.Ref?.From) || !string.IsNullOrEmpty(changed.Sha?.From));
}

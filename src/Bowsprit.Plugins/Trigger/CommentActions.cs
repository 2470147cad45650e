using Bowsprit.Core.Config.Jobs;
using Bowsprit.GitHub.Models;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Trigger;

/// <summary>Trigger's reaction to comments: <c>/test</c>, <c>/retest</c>, <c>/ok-to-test</c> and friends.</summary>
internal sealed class CommentActions(PluginContext context)
{
    public const string CannotTrigger = "Cannot trigger testing until a trusted user reviews the PR and leaves an `/ok-to-test` message.";
    public const string CannotRevoke = "Only trusted users can revoke `/ok-to-test`.";

    public async Task HandleAsync(GenericCommentEvent comment, CancellationToken ct)
    {
        if (comment.Action != "created" || !comment.IsPullRequest || comment.IssueState != "open"
            || string.Equals(comment.User.Login, context.BotLogin, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var org = comment.Org;
        var repoName = comment.RepoName;
        var body = CommentCommands.StripCodeBlocks(comment.Body);
        var presubmits = context.Config.PresubmitsFor($"{org}/{repoName}");
        var config = context.Plugins.TriggerFor(org, repoName);
        var parsed = ParsedComment.Parse(body, config.IgnoreOkToTest);
        // Every comment on every PR comes through here: decide without API calls whether it concerns trigger.
        if (!parsed.HasCommand && !presubmits.Any(p => p.TriggerMatches(body)))
        {
            return;
        }

        var trust = new TrustChecker(context, config, org, repoName);
        var pr = await context.GitHub.GetPullRequestAsync(org, repoName, comment.Number, ct);
        var labels = pr.Labels.Select(static l => l.Name).ToList();
        var commenterTrusted = await trust.IsTrustedUserAsync(comment.User.Login, ct);
        if (parsed.OkToTestCancel)
        {
            await CancelOkToTestAsync(comment, labels, commenterTrusted, ct);
            return;
        }

        if (!commenterTrusted && !await trust.IsTrustedPullAsync(pr.User.Login, labels, ct))
        {
            await ReplyAsync(comment, CannotTrigger, ct);
            return;
        }

        if (parsed.OkToTest)
        {
            await MarkOkToTestAsync(comment, labels, ct);
        }

        await RunAsync(comment, parsed, pr, presubmits, ct);
    }

    private async Task RunAsync(GenericCommentEvent comment, ParsedComment parsed, PullRequest pr, IReadOnlyList<Presubmit> presubmits, CancellationToken ct)
    {
        if (parsed.TestOrRetest)
        {
            await PruneHelpRepliesAsync(comment, ct);
        }

        var filter = await CommentSelection.FilterAsync(context, comment.Repo, pr, parsed, ct);
        var changes = new ChangedFiles(context.GitHub, comment.Org, comment.RepoName, pr.Number);
        var jobs = await PresubmitSelection.SelectAsync(presubmits, pr.Base.Ref, filter, changes, ct);
        if (HelpReply.NoteFor(parsed.Body, jobs.Count) is { } note)
        {
            await ReplyAsync(comment, HelpReply.Build(comment.Org, comment.RepoName, pr.Base.Ref, note, presubmits), ct);
        }

        await new RunRequester(context, comment.Repo, pr).RunAsync(jobs, parsed.IsRetest ? RunRequester.RetestLabels : null, ct);
    }

    private async Task CancelOkToTestAsync(GenericCommentEvent comment, IReadOnlyList<string> labels, bool commenterTrusted, CancellationToken ct)
    {
        if (!commenterTrusted)
        {
            await ReplyAsync(comment, CannotRevoke, ct);
            return;
        }

        await IssueLabels.RemoveIfPresentAsync(context.GitHub, comment.Org, comment.RepoName, comment.Number, labels, TriggerLabels.OkToTest, ct);
        await IssueLabels.AddIfMissingAsync(context.GitHub, comment.Org, comment.RepoName, comment.Number, labels, TriggerLabels.NeedsOkToTest, ct);
    }

    private async Task MarkOkToTestAsync(GenericCommentEvent comment, IReadOnlyList<string> labels, CancellationToken ct)
    {
        await IssueLabels.AddIfMissingAsync(context.GitHub, comment.Org, comment.RepoName, comment.Number, labels, TriggerLabels.OkToTest, ct);
        await IssueLabels.RemoveIfPresentAsync(context.GitHub, comment.Org, comment.RepoName, comment.Number, labels, TriggerLabels.NeedsOkToTest, ct);
    }

    /// <summary>Old help replies answer questions that a newer command makes moot; they would only clutter the PR.</summary>
    private async Task PruneHelpRepliesAsync(GenericCommentEvent comment, CancellationToken ct)
    {
        var comments = await context.GitHub.ListIssueCommentsAsync(comment.Org, comment.RepoName, comment.Number, ct);
        foreach (var old in comments.Where(c => string.Equals(c.User.Login, context.BotLogin, StringComparison.OrdinalIgnoreCase) && HelpReply.IsHelpReply(c.Body)))
        {
            await context.GitHub.DeleteCommentAsync(comment.Org, comment.RepoName, old.Id, ct);
        }
    }

    private async Task ReplyAsync(GenericCommentEvent comment, string message, CancellationToken ct) =>
        await context.GitHub.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number, CommentReply.Format(comment, message), ct);
}

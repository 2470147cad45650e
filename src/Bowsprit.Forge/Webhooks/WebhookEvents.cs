using System.Text.Json;
using Bowsprit.Forge.Api;
using Bowsprit.Forge.State;
using Bowsprit.GitHub.Json;
using Bowsprit.GitHub.Models;
using Bowsprit.GitHub.Webhooks;

namespace Bowsprit.Forge.Webhooks;

/// <summary>Builds the payload of every event the forge announces, with GitHub's field names and nesting.</summary>
public sealed class WebhookEvents(GitHubPresenter presenter)
{
    public PendingWebhook PullRequest(ForgeState state, ForgeRepo repo, ForgeIssue issue, string action, string sender,
        string? label = null, string? requestedReviewer = null, EventChanges? changes = null, string? assignee = null) =>
        Make("pull_request", action, repo, new PullRequestEvent
        {
            Action = action,
            Number = issue.Number,
            PullRequest = presenter.PullRequest(state, repo, issue),
            Repository = presenter.Repository(state, repo),
            Sender = presenter.User(state, sender),
            Label = label is null ? null : presenter.Label(repo, label),
            RequestedReviewer = requestedReviewer is null ? null : presenter.User(state, requestedReviewer),
            Assignee = assignee is null ? null : presenter.User(state, assignee),
            Changes = changes,
        });

    public PendingWebhook Issues(ForgeState state, ForgeRepo repo, ForgeIssue issue, string action, string sender,
        string? label = null, string? assignee = null, EventChanges? changes = null) =>
        Make("issues", action, repo, new IssuesEvent
        {
            Action = action,
            Issue = presenter.Issue(state, repo, issue),
            Repository = presenter.Repository(state, repo),
            Sender = presenter.User(state, sender),
            Label = label is null ? null : presenter.Label(repo, label),
            Assignee = assignee is null ? null : presenter.User(state, assignee),
            Changes = changes,
        });

    public PendingWebhook IssueComment(ForgeState state, ForgeRepo repo, ForgeIssue issue, ForgeComment comment, string action, string sender, EventChanges? changes = null) =>
        Make("issue_comment", action, repo, new IssueCommentEvent
        {
            Action = action,
            Issue = presenter.Issue(state, repo, issue),
            Comment = presenter.Comment(state, repo, issue, comment),
            Repository = presenter.Repository(state, repo),
            Sender = presenter.User(state, sender),
            Changes = changes,
        });

    public PendingWebhook Review(ForgeState state, ForgeRepo repo, ForgeIssue issue, ForgeReview review, string action, string sender) =>
        Make("pull_request_review", action, repo, new PullRequestReviewEvent
        {
            Action = action,
            Review = presenter.Review(state, repo, issue, review),
            PullRequest = presenter.PullRequest(state, repo, issue),
            Repository = presenter.Repository(state, repo),
            Sender = presenter.User(state, sender),
        });

    public PendingWebhook ReviewComment(ForgeState state, ForgeRepo repo, ForgeIssue issue, ForgeReviewComment comment, string action, string sender) =>
        Make("pull_request_review_comment", action, repo, new PullRequestReviewCommentEvent
        {
            Action = action,
            Comment = presenter.ReviewComment(state, repo, issue, comment),
            PullRequest = presenter.PullRequest(state, repo, issue),
            Repository = presenter.Repository(state, repo),
            Sender = presenter.User(state, sender),
        });

    public PendingWebhook Status(ForgeState state, ForgeRepo repo, string sha, ForgeStatus status, IReadOnlyList<string> branches, string sender) =>
        Make("status", null, repo, new StatusEvent
        {
            Id = status.Id,
            Sha = sha,
            Name = repo.FullName,
            Context = status.Context,
            State = status.State,
            Description = status.Description,
            TargetUrl = status.TargetUrl,
            Branches = [.. branches.Select(b => new Branch { Name = b, Commit = new ShaReference { Sha = sha } })],
            CreatedAt = status.CreatedAt,
            UpdatedAt = status.UpdatedAt,
            Repository = presenter.Repository(state, repo),
            Sender = presenter.User(state, sender),
        });

    public PendingWebhook Push(ForgeState state, ForgeRepo repo, PushEvent payload, string sender)
    {
        var owner = presenter.User(state, repo.Owner);
        payload.Repository = new PushRepository
        {
            Id = repo.Id,
            Name = repo.Name,
            FullName = repo.FullName,
            Owner = new PushOwner { Name = owner.Login, Login = owner.Login, Id = owner.Id },
            Private = repo.Private,
            HtmlUrl = presenter.Urls.Html(repo.FullName),
            CloneUrl = presenter.Urls.Clone(repo.Owner, repo.Name),
            DefaultBranch = repo.DefaultBranch,
            MasterBranch = repo.DefaultBranch,
            Archived = repo.Archived,
        };
        payload.Sender = presenter.User(state, sender);
        return Make("push", null, repo, payload);
    }

    public PendingWebhook Ref(ForgeState state, ForgeRepo repo, string eventName, string refName, string refType, string sender) =>
        Make(eventName, null, repo, new RefEvent
        {
            Ref = refName,
            RefType = refType,
            MasterBranch = eventName == "create" ? repo.DefaultBranch : null,
            Description = eventName == "create" ? repo.Description : null,
            PusherType = "user",
            Repository = presenter.Repository(state, repo),
            Sender = presenter.User(state, sender),
        });

    private static PendingWebhook Make<T>(string eventName, string? action, ForgeRepo repo, T payload) =>
        new(eventName, action, repo.FullName, repo.Owner, repo.Id, JsonSerializer.SerializeToUtf8Bytes(payload, GitHubJson.Options));
}

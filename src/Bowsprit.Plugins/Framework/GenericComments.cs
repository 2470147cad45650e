using Bowsprit.GitHub.Webhooks;

namespace Bowsprit.Plugins.Framework;

/// <summary>Derives the generic comment, if any, that an event carries.</summary>
public static class GenericComments
{
    public static GenericCommentEvent? From(object payload, string guid) => payload switch
    {
        IssueCommentEvent e => new GenericCommentEvent
        {
            Action = e.Action, IsPullRequest = e.Issue.IsPullRequest, Body = e.Comment.Body, HtmlUrl = e.Comment.HtmlUrl, Number = e.Issue.Number,
            Repo = e.Repository, User = e.Comment.User, IssueAuthor = e.Issue.User, Assignees = e.Issue.Assignees, IssueState = e.Issue.State,
            IssueTitle = e.Issue.Title, IssueBody = e.Issue.Body, IssueHtmlUrl = e.Issue.HtmlUrl, CommentId = e.Comment.Id, Guid = guid,
        },
        PullRequestReviewEvent e => new GenericCommentEvent
        {
            Action = e.Action switch { "submitted" => "created", "dismissed" => "deleted", _ => e.Action }, IsPullRequest = true,
            Body = e.Review.Body ?? "", HtmlUrl = e.Review.HtmlUrl, Number = e.PullRequest.Number, Repo = e.Repository, User = e.Review.User,
            IssueAuthor = e.PullRequest.User, Assignees = e.PullRequest.Assignees, IssueState = e.PullRequest.State, IssueTitle = e.PullRequest.Title,
            IssueBody = e.PullRequest.Body, IssueHtmlUrl = e.PullRequest.HtmlUrl, Guid = guid,
        },
        PullRequestReviewCommentEvent e => new GenericCommentEvent
        {
            Action = e.Action, IsPullRequest = true, Body = e.Comment.Body, HtmlUrl = e.Comment.HtmlUrl, Number = e.PullRequest.Number,
            Repo = e.Repository, User = e.Comment.User, IssueAuthor = e.PullRequest.User, Assignees = e.PullRequest.Assignees,
            IssueState = e.PullRequest.State, IssueTitle = e.PullRequest.Title, IssueBody = e.PullRequest.Body, IssueHtmlUrl = e.PullRequest.HtmlUrl,
            CommentId = e.Comment.Id, Guid = guid,
        },
        IssuesEvent { Action: "opened" or "edited" } e when !e.Issue.IsPullRequest => new GenericCommentEvent
        {
            Action = e.Action == "opened" ? "created" : "edited", IsPullRequest = false, Body = e.Issue.Body ?? "", HtmlUrl = e.Issue.HtmlUrl,
            Number = e.Issue.Number, Repo = e.Repository, User = e.Issue.User, IssueAuthor = e.Issue.User, Assignees = e.Issue.Assignees,
            IssueState = e.Issue.State, IssueTitle = e.Issue.Title, IssueBody = e.Issue.Body, IssueHtmlUrl = e.Issue.HtmlUrl, Guid = guid,
        },
        PullRequestEvent { Action: "opened" or "edited" } e => new GenericCommentEvent
        {
            Action = e.Action == "opened" ? "created" : "edited", IsPullRequest = true, Body = e.PullRequest.Body ?? "", HtmlUrl = e.PullRequest.HtmlUrl,
            Number = e.PullRequest.Number, Repo = e.Repository, User = e.PullRequest.User, IssueAuthor = e.PullRequest.User,
            Assignees = e.PullRequest.Assignees, IssueState = e.PullRequest.State, IssueTitle = e.PullRequest.Title, IssueBody = e.PullRequest.Body,
            IssueHtmlUrl = e.PullRequest.HtmlUrl, Guid = guid,
        },
        _ => null,
    };
}

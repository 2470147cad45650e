using Bowsprit.GitHub.Models;

namespace Bowsprit.Plugins.Framework;

/// <summary>
/// Prow's generic comment: one shape for every event that carries text a person wrote, so comment-driven
/// plugins parse commands once. <see cref="Action"/> is created, edited or deleted.
/// </summary>
public sealed record GenericCommentEvent
{
    public required string Action { get; init; }

    public required bool IsPullRequest { get; init; }

    public required string Body { get; init; }

    public string? HtmlUrl { get; init; }

    public required int Number { get; init; }

    public required Repository Repo { get; init; }

    /// <summary>Who wrote the text.</summary>
    public required User User { get; init; }

    public required User IssueAuthor { get; init; }

    public IReadOnlyList<User> Assignees { get; init; } = [];

    public required string IssueState { get; init; }

    public string IssueTitle { get; init; } = "";

    public string? IssueBody { get; init; }

    public string? IssueHtmlUrl { get; init; }

    public long? CommentId { get; init; }

    public required string Guid { get; init; }

    public string Org => Repo.Owner.Login;

    public string RepoName => Repo.Name;
}

using Bowsprit.Forge.State;
using Bowsprit.GitHub.Models;

namespace Bowsprit.Forge.Api;

/// <summary>Turns forge state into GitHub's JSON shapes; REST responses and webhook payloads share it.</summary>
public sealed class GitHubPresenter(ForgeUrls urls)
{
    public ForgeUrls Urls => urls;

    public User User(ForgeState state, string login)
    {
        var user = state.User(login);
        var name = user?.Login ?? login;
        return new User
        {
            Login = name,
            Id = user?.Id ?? 0,
            NodeId = $"U_{user?.Id ?? 0}",
            Name = user?.Name,
            Email = user?.Email,
            Type = user?.Type ?? "User",
            SiteAdmin = user?.SiteAdmin ?? false,
            HtmlUrl = urls.Html(name),
            AvatarUrl = urls.Html($"avatars/{name}"),
        };
    }

    public Repository Repository(ForgeState state, ForgeRepo repo, string? viewer = null) => new()
    {
        Id = repo.Id,
        NodeId = $"R_{repo.Id}",
        Name = repo.Name,
        FullName = repo.FullName,
        Owner = User(state, repo.Owner),
        Private = repo.Private,
        HtmlUrl = urls.Html(repo.FullName),
        CloneUrl = urls.Clone(repo.Owner, repo.Name),
        Description = repo.Description,
        DefaultBranch = repo.DefaultBranch,
        Archived = repo.Archived,
        HasIssues = true,
        AllowMergeCommit = repo.AllowMergeCommit,
        AllowSquashMerge = repo.AllowSquashMerge,
        AllowRebaseMerge = repo.AllowRebaseMerge,
        Permissions = viewer is null ? null : Permissions(Access.Permission(state, repo, viewer)),
    };

    public static Label Label(ForgeLabel label, string url) => new()
    {
        Id = label.Id,
        Name = label.Name,
        Color = label.Color,
        Description = label.Description,
        Url = url,
    };

    public Label Label(ForgeRepo repo, string name) =>
        repo.Labels.Find(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)) is { } label
            ? Label(label, urls.ApiPath($"repos/{repo.FullName}/labels/{Uri.EscapeDataString(label.Name)}"))
            : new Label { Name = name };

    public static Milestone? Milestone(ForgeRepo repo, int? number) =>
        number is null || repo.Milestones.Find(m => m.Number == number) is not { } m
            ? null
            : new Milestone { Id = m.Id, Number = m.Number, Title = m.Title, State = m.State, Description = m.Description };

    public Issue Issue(ForgeState state, ForgeRepo repo, ForgeIssue issue) => new()
    {
        Id = issue.Id,
        NodeId = $"I_{issue.Id}",
        Number = issue.Number,
        HtmlUrl = urls.Html($"{repo.FullName}/{(issue.Pull is null ? "issues" : "pull")}/{issue.Number}"),
        Title = issue.Title,
        Body = issue.Body,
        State = issue.State,
        Locked = issue.Locked,
        User = User(state, issue.User),
        Labels = [.. issue.Labels.Select(l => Label(repo, l))],
        Assignees = [.. issue.Assignees.Select(a => User(state, a))],
        Milestone = Milestone(repo, issue.Milestone),
        Comments = issue.Comments.Count,
        CreatedAt = issue.CreatedAt,
        UpdatedAt = issue.UpdatedAt,
        ClosedAt = issue.ClosedAt,
        AuthorAssociation = Access.Association(state, repo, issue.User),
        PullRequest = issue.Pull is null ? null : new IssuePullRequestLink
        {
            Url = urls.ApiPath($"repos/{repo.FullName}/pulls/{issue.Number}"),
            HtmlUrl = urls.Html($"{repo.FullName}/pull/{issue.Number}"),
        },
    };

    public PullRequest PullRequest(ForgeState state, ForgeRepo repo, ForgeIssue issue)
    {
        var pull = issue.Pull ?? throw new InvalidOperationException($"#{issue.Number} is not a pull request");
        var repository = Repository(state, repo);
        return new PullRequest
        {
            Id = issue.Id,
            NodeId = $"PR_{issue.Id}",
            Number = issue.Number,
            HtmlUrl = urls.Html($"{repo.FullName}/pull/{issue.Number}"),
            State = issue.State,
            Title = issue.Title,
            Body = issue.Body,
            User = User(state, issue.User),
            Labels = [.. issue.Labels.Select(l => Label(repo, l))],
            Assignees = [.. issue.Assignees.Select(a => User(state, a))],
            RequestedReviewers = [.. pull.RequestedReviewers.Select(r => User(state, r))],
            Milestone = Milestone(repo, issue.Milestone),
            Draft = pull.Draft,
            CreatedAt = issue.CreatedAt,
            UpdatedAt = issue.UpdatedAt,
            ClosedAt = issue.ClosedAt,
            MergedAt = pull.MergedAt,
            Merged = pull.Merged,
            MergedBy = pull.MergedBy is null ? null : User(state, pull.MergedBy),
            MergeCommitSha = pull.MergeCommitSha,
            Mergeable = pull.Merged ? null : pull.Mergeable,
            MergeableState = pull.Merged ? "unknown" : pull.Mergeable switch { true => "clean", false => "dirty", _ => "unknown" },
            Rebaseable = pull.Mergeable,
            Head = new PullRequestBranch
            {
                Label = $"{repo.Owner}:{pull.HeadRef}",
                Ref = pull.HeadRef,
                Sha = pull.HeadSha,
                User = User(state, repo.Owner),
                Repo = repository,
            },
            Base = new PullRequestBranch
            {
                Label = $"{repo.Owner}:{pull.BaseRef}",
                Ref = pull.BaseRef,
                Sha = pull.BaseSha,
                User = User(state, repo.Owner),
                Repo = repository,
            },
            AuthorAssociation = Access.Association(state, repo, issue.User),
            Commits = pull.Commits,
            Additions = pull.Additions,
            Deletions = pull.Deletions,
            ChangedFiles = pull.ChangedFiles,
        };
    }

    public IssueComment Comment(ForgeState state, ForgeRepo repo, ForgeIssue issue, ForgeComment comment) => new()
    {
        Id = comment.Id,
        NodeId = $"IC_{comment.Id}",
        HtmlUrl = urls.Html($"{repo.FullName}/{(issue.Pull is null ? "issues" : "pull")}/{issue.Number}#issuecomment-{comment.Id}"),
        IssueUrl = urls.ApiPath($"repos/{repo.FullName}/issues/{issue.Number}"),
        User = User(state, comment.User),
        Body = comment.Body,
        CreatedAt = comment.CreatedAt,
        UpdatedAt = comment.UpdatedAt,
        AuthorAssociation = Access.Association(state, repo, comment.User),
    };

    public Review Review(ForgeState state, ForgeRepo repo, ForgeIssue issue, ForgeReview review) => new()
    {
        Id = review.Id,
        NodeId = $"PRR_{review.Id}",
        User = User(state, review.User),
        Body = review.Body,
        State = review.State,
        HtmlUrl = urls.Html($"{repo.FullName}/pull/{issue.Number}#pullrequestreview-{review.Id}"),
        CommitId = review.CommitId,
        SubmittedAt = review.SubmittedAt,
        AuthorAssociation = Access.Association(state, repo, review.User),
    };

    public ReviewComment ReviewComment(ForgeState state, ForgeRepo repo, ForgeIssue issue, ForgeReviewComment comment) => new()
    {
        Id = comment.Id,
        ReviewId = comment.ReviewId,
        User = User(state, comment.User),
        Body = comment.Body,
        Path = comment.Path,
        CommitId = comment.CommitId,
        HtmlUrl = urls.Html($"{repo.FullName}/pull/{issue.Number}#discussion_r{comment.Id}"),
        CreatedAt = comment.CreatedAt,
        UpdatedAt = comment.UpdatedAt,
        AuthorAssociation = Access.Association(state, repo, comment.User),
    };

    public CommitStatus Status(ForgeState state, ForgeStatus status) => new()
    {
        Id = status.Id,
        State = status.State,
        Context = status.Context,
        Description = status.Description,
        TargetUrl = status.TargetUrl,
        Creator = User(state, status.Creator),
        CreatedAt = status.CreatedAt,
        UpdatedAt = status.UpdatedAt,
    };

    public static CheckRun CheckRun(ForgeCheckRun run) => new()
    {
        Id = run.Id,
        Name = run.Name,
        HeadSha = run.HeadSha,
        Status = run.Status,
        Conclusion = run.Conclusion,
        DetailsUrl = run.DetailsUrl,
        StartedAt = run.StartedAt,
        CompletedAt = run.CompletedAt,
    };

    public static Hook Hook(ForgeHook hook) => new()
    {
        Id = hook.Id,
        Active = hook.Active,
        Events = hook.Events,
        Config = new HookConfig { Url = hook.Url, ContentType = hook.ContentType, Secret = hook.Secret is null ? null : "********", InsecureSsl = "0" },
        CreatedAt = hook.CreatedAt,
        UpdatedAt = hook.UpdatedAt,
    };

    public static RepositoryPermissions Permissions(string level) => new()
    {
        Admin = level == "admin",
        Maintain = level is "admin" or "maintain",
        Push = level is "admin" or "maintain" or "write",
        Triage = level is "admin" or "maintain" or "write" or "triage",
        Pull = level != "none",
    };
}

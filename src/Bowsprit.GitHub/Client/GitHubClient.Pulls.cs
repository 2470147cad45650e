using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Client;

/// <summary>Pull requests, their files, commits, reviews and merging.</summary>
public sealed partial class GitHubClient
{
    public Task<PullRequest> GetPullRequestAsync(string org, string repo, int number, CancellationToken ct) =>
        GetAsync<PullRequest>($"repos/{E(org)}/{E(repo)}/pulls/{number}", ct);

    public Task<List<PullRequest>> ListPullRequestsAsync(string org, string repo, string state, CancellationToken ct) =>
        GetAllPagesAsync<PullRequest>($"repos/{E(org)}/{E(repo)}/pulls?state={E(state)}", ct);

    public Task<PullRequest> CreatePullRequestAsync(string org, string repo, string title, string head, string baseRef, string? body, bool draft, CancellationToken ct) =>
        SendJsonAsync<PullRequest>(HttpMethod.Post, $"repos/{E(org)}/{E(repo)}/pulls",
            new Dictionary<string, object?> { ["title"] = title, ["head"] = head, ["base"] = baseRef, ["body"] = body, ["draft"] = draft }, ct);

    public Task<PullRequest> UpdatePullRequestAsync(string org, string repo, int number, IReadOnlyDictionary<string, object?> changes, CancellationToken ct) =>
        SendJsonAsync<PullRequest>(HttpMethod.Patch, $"repos/{E(org)}/{E(repo)}/pulls/{number}", changes, ct);

    public Task<List<PullRequestFile>> GetPullRequestFilesAsync(string org, string repo, int number, CancellationToken ct) =>
        GetAllPagesAsync<PullRequestFile>($"repos/{E(org)}/{E(repo)}/pulls/{number}/files", ct);

    public Task<List<RepositoryCommit>> ListPullRequestCommitsAsync(string org, string repo, int number, CancellationToken ct) =>
        GetAllPagesAsync<RepositoryCommit>($"repos/{E(org)}/{E(repo)}/pulls/{number}/commits", ct);

    /// <summary>Merges with <c>merge</c>, <c>squash</c> or <c>rebase</c>; <paramref name="sha"/> guards against a moved head.</summary>
    public Task<MergeResult> MergePullRequestAsync(string org, string repo, int number, string method, string? sha, string? title, string? message, CancellationToken ct) =>
        SendJsonAsync<MergeResult>(HttpMethod.Put, $"repos/{E(org)}/{E(repo)}/pulls/{number}/merge",
            new Dictionary<string, string?> { ["merge_method"] = method, ["sha"] = sha, ["commit_title"] = title, ["commit_message"] = message }, ct);

    public Task<PullRequest> RequestReviewersAsync(string org, string repo, int number, IReadOnlyList<string> logins, CancellationToken ct) =>
        SendJsonAsync<PullRequest>(HttpMethod.Post, $"repos/{E(org)}/{E(repo)}/pulls/{number}/requested_reviewers", new Dictionary<string, IReadOnlyList<string>> { ["reviewers"] = logins }, ct);

    public Task<PullRequest> UnrequestReviewersAsync(string org, string repo, int number, IReadOnlyList<string> logins, CancellationToken ct) =>
        SendJsonAsync<PullRequest>(HttpMethod.Delete, $"repos/{E(org)}/{E(repo)}/pulls/{number}/requested_reviewers", new Dictionary<string, IReadOnlyList<string>> { ["reviewers"] = logins }, ct);

    public Task<List<Review>> ListReviewsAsync(string org, string repo, int number, CancellationToken ct) =>
        GetAllPagesAsync<Review>($"repos/{E(org)}/{E(repo)}/pulls/{number}/reviews", ct);

    /// <summary><paramref name="reviewEvent"/> is <c>APPROVE</c>, <c>REQUEST_CHANGES</c> or <c>COMMENT</c>.</summary>
    public Task<Review> CreateReviewAsync(string org, string repo, int number, string reviewEvent, string? body, CancellationToken ct) =>
        SendJsonAsync<Review>(HttpMethod.Post, $"repos/{E(org)}/{E(repo)}/pulls/{number}/reviews", new Dictionary<string, string?> { ["event"] = reviewEvent, ["body"] = body }, ct);

    public Task<List<ReviewComment>> ListReviewCommentsAsync(string org, string repo, int number, CancellationToken ct) =>
        GetAllPagesAsync<ReviewComment>($"repos/{E(org)}/{E(repo)}/pulls/{number}/comments", ct);
}

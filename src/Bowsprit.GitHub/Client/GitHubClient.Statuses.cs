using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Client;

/// <summary>Commit statuses and check runs.</summary>
public sealed partial class GitHubClient
{
    /// <summary><paramref name="state"/> is <c>pending</c>, <c>success</c>, <c>failure</c> or <c>error</c>.</summary>
    public Task<CommitStatus> CreateStatusAsync(string org, string repo, string sha, string state, string context, string? description, string? targetUrl, CancellationToken ct) =>
        SendJsonAsync<CommitStatus>(HttpMethod.Post, $"repos/{E(org)}/{E(repo)}/statuses/{E(sha)}",
            new Dictionary<string, string?> { ["state"] = state, ["context"] = context, ["description"] = description, ["target_url"] = targetUrl }, ct);

    public Task<List<CommitStatus>> ListStatusesAsync(string org, string repo, string gitRef, CancellationToken ct) =>
        GetAllPagesAsync<CommitStatus>($"repos/{E(org)}/{E(repo)}/commits/{E(gitRef)}/statuses", ct);

    public Task<CombinedStatus> GetCombinedStatusAsync(string org, string repo, string gitRef, CancellationToken ct) =>
        GetAsync<CombinedStatus>($"repos/{E(org)}/{E(repo)}/commits/{E(gitRef)}/status", ct);

    public Task<CheckRunList> ListCheckRunsAsync(string org, string repo, string gitRef, CancellationToken ct) =>
        GetAsync<CheckRunList>($"repos/{E(org)}/{E(repo)}/commits/{E(gitRef)}/check-runs", ct);
}

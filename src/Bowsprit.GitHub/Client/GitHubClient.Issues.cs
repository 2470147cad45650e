using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Client;

/// <summary>Issues, comments, labels, assignees and milestones.</summary>
public sealed partial class GitHubClient
{
    public Task<Issue> GetIssueAsync(string org, string repo, int number, CancellationToken ct) =>
        GetAsync<Issue>($"repos/{E(org)}/{E(repo)}/issues/{number}", ct);

    public Task<Issue> CreateIssueAsync(string org, string repo, string title, string? body, IReadOnlyList<string>? labels, CancellationToken ct) =>
        SendJsonAsync<Issue>(HttpMethod.Post, $"repos/{E(org)}/{E(repo)}/issues", new Dictionary<string, object?> { ["title"] = title, ["body"] = body, ["labels"] = labels ?? [] }, ct);

    /// <summary>Edits title, body, state (<c>open</c>/<c>closed</c>) or milestone; null fields are left alone.</summary>
    public Task<Issue> UpdateIssueAsync(string org, string repo, int number, string? title = null, string? body = null, string? state = null, int? milestone = null, CancellationToken ct = default)
    {
        var changes = new Dictionary<string, object?>();
        if (title is not null) { changes["title"] = title; }
        if (body is not null) { changes["body"] = body; }
        if (state is not null) { changes["state"] = state; }
        if (milestone is not null) { changes["milestone"] = milestone; }
        return SendJsonAsync<Issue>(HttpMethod.Patch, $"repos/{E(org)}/{E(repo)}/issues/{number}", changes, ct);
    }

    public Task<List<IssueComment>> ListIssueCommentsAsync(string org, string repo, int number, CancellationToken ct) =>
        GetAllPagesAsync<IssueComment>($"repos/{E(org)}/{E(repo)}/issues/{number}/comments", ct);

    public Task<IssueComment> CreateCommentAsync(string org, string repo, int number, string body, CancellationToken ct) =>
        SendJsonAsync<IssueComment>(HttpMethod.Post, $"repos/{E(org)}/{E(repo)}/issues/{number}/comments", new Dictionary<string, string> { ["body"] = body }, ct);

    public Task<IssueComment> EditCommentAsync(string org, string repo, long commentId, string body, CancellationToken ct) =>
        SendJsonAsync<IssueComment>(HttpMethod.Patch, $"repos/{E(org)}/{E(repo)}/issues/comments/{commentId}", new Dictionary<string, string> { ["body"] = body }, ct);

    public Task DeleteCommentAsync(string org, string repo, long commentId, CancellationToken ct) =>
        SendNoContentAsync(HttpMethod.Delete, $"repos/{E(org)}/{E(repo)}/issues/comments/{commentId}", null, ct);

    public Task<List<Label>> ListRepoLabelsAsync(string org, string repo, CancellationToken ct) =>
        GetAllPagesAsync<Label>($"repos/{E(org)}/{E(repo)}/labels", ct);

    public Task<Label> CreateLabelAsync(string org, string repo, string name, string color, string? description, CancellationToken ct) =>
        SendJsonAsync<Label>(HttpMethod.Post, $"repos/{E(org)}/{E(repo)}/labels", new Dictionary<string, string?> { ["name"] = name, ["color"] = color, ["description"] = description }, ct);

    public Task<Label> UpdateLabelAsync(string org, string repo, string name, string? newName, string? color, string? description, CancellationToken ct) =>
        SendJsonAsync<Label>(HttpMethod.Patch, $"repos/{E(org)}/{E(repo)}/labels/{E(name)}", new Dictionary<string, string?> { ["new_name"] = newName, ["color"] = color, ["description"] = description }, ct);

    public Task DeleteLabelAsync(string org, string repo, string name, CancellationToken ct) =>
        SendNoContentAsync(HttpMethod.Delete, $"repos/{E(org)}/{E(repo)}/labels/{E(name)}", null, ct);

    public Task<List<Label>> GetIssueLabelsAsync(string org, string repo, int number, CancellationToken ct) =>
        GetAllPagesAsync<Label>($"repos/{E(org)}/{E(repo)}/issues/{number}/labels", ct);

    public Task<List<Label>> AddLabelsAsync(string org, string repo, int number, IReadOnlyList<string> labels, CancellationToken ct) =>
        SendJsonAsync<List<Label>>(HttpMethod.Post, $"repos/{E(org)}/{E(repo)}/issues/{number}/labels", new Dictionary<string, IReadOnlyList<string>> { ["labels"] = labels }, ct);

    public Task RemoveLabelAsync(string org, string repo, int number, string label, CancellationToken ct) =>
        SendNoContentAsync(HttpMethod.Delete, $"repos/{E(org)}/{E(repo)}/issues/{number}/labels/{E(label)}", null, ct);

    public Task<Issue> AddAssigneesAsync(string org, string repo, int number, IReadOnlyList<string> logins, CancellationToken ct) =>
        SendJsonAsync<Issue>(HttpMethod.Post, $"repos/{E(org)}/{E(repo)}/issues/{number}/assignees", new Dictionary<string, IReadOnlyList<string>> { ["assignees"] = logins }, ct);

    public Task<Issue> RemoveAssigneesAsync(string org, string repo, int number, IReadOnlyList<string> logins, CancellationToken ct) =>
        SendJsonAsync<Issue>(HttpMethod.Delete, $"repos/{E(org)}/{E(repo)}/issues/{number}/assignees", new Dictionary<string, IReadOnlyList<string>> { ["assignees"] = logins }, ct);

    public Task<List<Milestone>> ListMilestonesAsync(string org, string repo, CancellationToken ct) =>
        GetAllPagesAsync<Milestone>($"repos/{E(org)}/{E(repo)}/milestones?state=all", ct);

    public Task<Milestone> CreateMilestoneAsync(string org, string repo, string title, CancellationToken ct) =>
        SendJsonAsync<Milestone>(HttpMethod.Post, $"repos/{E(org)}/{E(repo)}/milestones", new Dictionary<string, string> { ["title"] = title }, ct);

    /// <summary>Issue search (<c>is:pr state:open repo:o/r label:x ...</c>), all pages.</summary>
    public async Task<List<Issue>> SearchIssuesAsync(string query, CancellationToken ct)
    {
        var items = new List<Issue>();
        for (var page = 1; page <= 10; page++)
        {
            var result = await GetAsync<SearchIssuesResult>($"search/issues?q={E(query)}&per_page=100&page={page}", ct);
            items.AddRange(result.Items);
            if (items.Count >= result.TotalCount || result.Items.Count == 0)
            {
                break;
            }
        }

        return items;
    }
}

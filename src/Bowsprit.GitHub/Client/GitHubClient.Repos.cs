using System.Text;
using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Client;

/// <summary>Repositories, branches, refs, commits, collaborators, contents and branch protection.</summary>
public sealed partial class GitHubClient
{
    public Task<Repository> GetRepositoryAsync(string org, string repo, CancellationToken ct) => GetAsync<Repository>($"repos/{E(org)}/{E(repo)}", ct);

    public Task<List<Repository>> ListOrgReposAsync(string org, CancellationToken ct) => GetAllPagesAsync<Repository>($"orgs/{E(org)}/repos", ct);

    public Task<Repository> CreateOrgRepoAsync(string org, string name, bool autoInit, CancellationToken ct) =>
        SendJsonAsync<Repository>(HttpMethod.Post, $"orgs/{E(org)}/repos", new Dictionary<string, object> { ["name"] = name, ["auto_init"] = autoInit }, ct);

    public Task<Repository> UpdateRepositoryAsync(string org, string repo, IReadOnlyDictionary<string, object> changes, CancellationToken ct) =>
        SendJsonAsync<Repository>(HttpMethod.Patch, $"repos/{E(org)}/{E(repo)}", changes, ct);

    public Task<List<Branch>> ListBranchesAsync(string org, string repo, bool onlyProtected, CancellationToken ct) =>
        GetAllPagesAsync<Branch>($"repos/{E(org)}/{E(repo)}/branches{(onlyProtected ? "?protected=true" : "")}", ct);

    public Task<Branch> GetBranchAsync(string org, string repo, string branch, CancellationToken ct) =>
        GetAsync<Branch>($"repos/{E(org)}/{E(repo)}/branches/{branch}", ct);

    /// <summary>The SHA a ref points at, e.g. <c>heads/main</c> (what Prow uses for a PR's base SHA).</summary>
    public async Task<string> GetRefAsync(string org, string repo, string gitRef, CancellationToken ct) =>
        (await GetAsync<GitRefInfo>($"repos/{E(org)}/{E(repo)}/git/refs/{gitRef}", ct)).Object.Sha;

    public Task<RepositoryCommit> GetCommitAsync(string org, string repo, string sha, CancellationToken ct) =>
        GetAsync<RepositoryCommit>($"repos/{E(org)}/{E(repo)}/commits/{E(sha)}", ct);

    public Task<List<User>> ListCollaboratorsAsync(string org, string repo, CancellationToken ct) =>
        GetAllPagesAsync<User>($"repos/{E(org)}/{E(repo)}/collaborators", ct);

    public Task<bool> IsCollaboratorAsync(string org, string repo, string login, CancellationToken ct) =>
        ProbeAsync($"repos/{E(org)}/{E(repo)}/collaborators/{E(login)}", ct);

    /// <summary><c>admin</c>, <c>write</c>, <c>read</c> or <c>none</c>.</summary>
    public async Task<string> GetPermissionLevelAsync(string org, string repo, string login, CancellationToken ct) =>
        (await GetAsync<CollaboratorPermission>($"repos/{E(org)}/{E(repo)}/collaborators/{E(login)}/permission", ct)).Permission;

    public Task AddCollaboratorAsync(string org, string repo, string login, string permission, CancellationToken ct) =>
        SendNoContentAsync(HttpMethod.Put, $"repos/{E(org)}/{E(repo)}/collaborators/{E(login)}", new Dictionary<string, string> { ["permission"] = permission }, ct);

    /// <summary>A file's bytes at <paramref name="gitRef"/>, or null when it does not exist (OWNERS, .prow.yaml).</summary>
    public async Task<byte[]?> GetFileAsync(string org, string repo, string path, string? gitRef, CancellationToken ct)
    {
        var query = string.IsNullOrEmpty(gitRef) ? "" : $"?ref={E(gitRef)}";
        var content = await GetOrNullAsync<RepositoryContent>($"repos/{E(org)}/{E(repo)}/contents/{EscapePath(path)}{query}", ct);
        return content?.DecodeContent();
    }

    public Task<List<RepositoryContent>> ListDirectoryAsync(string org, string repo, string path, string? gitRef, CancellationToken ct) =>
        GetAsync<List<RepositoryContent>>($"repos/{E(org)}/{E(repo)}/contents/{EscapePath(path)}{(string.IsNullOrEmpty(gitRef) ? "" : $"?ref={E(gitRef)}")}", ct);

    public Task<BranchProtection?> GetBranchProtectionAsync(string org, string repo, string branch, CancellationToken ct) =>
        GetOrNullAsync<BranchProtection>($"repos/{E(org)}/{E(repo)}/branches/{branch}/protection", ct);

    public Task<BranchProtection> UpdateBranchProtectionAsync(string org, string repo, string branch, BranchProtectionRequest request, CancellationToken ct) =>
        SendJsonAsync<BranchProtection>(HttpMethod.Put, $"repos/{E(org)}/{E(repo)}/branches/{branch}/protection", request, ct);

    public Task RemoveBranchProtectionAsync(string org, string repo, string branch, CancellationToken ct) =>
        SendNoContentAsync(HttpMethod.Delete, $"repos/{E(org)}/{E(repo)}/branches/{branch}/protection", null, ct);

    private static string EscapePath(string path) =>
        new StringBuilder().AppendJoin('/', path.Trim('/').Split('/').Select(Uri.EscapeDataString)).ToString();
}

using Bowsprit.Forge.Api.Requests;
using Bowsprit.Forge.State;
using Bowsprit.GitHub.Models;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>Creating a repository: the git repository first, then its record.</summary>
internal static class RepoCreation
{
    public static async Task<Repository> CreateAsync(ForgeContext forge, string owner, RepoRequest request, string actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || !Git.GitNames.IsValidName(request.Name) || !Git.GitNames.IsValidName(owner))
        {
            throw ForgeApiException.Validation("Repository", "name", string.IsNullOrWhiteSpace(request.Name) ? "missing_field" : "invalid");
        }

        if (request.DefaultBranch is { Length: > 0 } branch && !Git.GitNames.IsValidBranchName(branch))
        {
            throw ForgeApiException.Validation("Repository", "default_branch", "invalid");
        }

        var exists = await forge.Db.ReadAsync(s => s.Repo(owner, request.Name) is not null, ct);
        if (exists)
        {
            throw new ForgeApiException(422, "Repository creation failed.", [new GitHubErrorDetail { Resource = "Repository", Code = "custom", Field = "name", Message = "name already exists on this account" }]);
        }

        var defaultBranch = string.IsNullOrEmpty(request.DefaultBranch) ? "main" : request.DefaultBranch;
        await forge.Git.CreateRepoAsync(owner, request.Name, defaultBranch, request.AutoInit ?? false, ct);
        return await forge.Db.WriteAsync((s, c) =>
        {
            if (s.User(owner) is null)
            {
                s.Users[owner] = new ForgeUser { Id = s.NewId(), Login = owner, Type = s.Orgs.ContainsKey(owner) ? "Organization" : "User", CreatedAt = forge.Time.GetUtcNow() };
                c.Users.Add(owner);
            }

            var repo = new ForgeRepo
            {
                Id = s.NewId(),
                Owner = s.User(owner)!.Login,
                Name = request.Name,
                DefaultBranch = defaultBranch,
                Description = request.Description,
                Private = request.Private ?? false,
                CreatedAt = forge.Time.GetUtcNow(),
                Labels = [.. DefaultLabels.Select(l => new ForgeLabel { Id = s.NewId(), Name = l.Name, Color = l.Color })],
            };
            s.Repos[repo.FullName] = repo;
            c.Touch(repo);
            return forge.Presenter.Repository(s, repo, actor);
        }, ct);
    }

    /// <summary>The labels GitHub gives every new repository.</summary>
    private static readonly (string Name, string Color)[] DefaultLabels =
    [
        ("bug", "d73a4a"), ("documentation", "0075ca"), ("duplicate", "cfd3d7"), ("enhancement", "a2eeef"),
        ("good first issue", "7057ff"), ("help wanted", "008672"), ("invalid", "e4e669"), ("question", "d876e3"), ("wontfix", "ffffff"),
    ];
}

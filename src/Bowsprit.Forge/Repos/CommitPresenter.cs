using Bowsprit.Forge.Api;
using Bowsprit.Forge.Git;
using Bowsprit.Forge.State;
using Bowsprit.GitHub.Models;

namespace Bowsprit.Forge.Repos;

/// <summary>A git commit in GitHub's commit JSON, linking authors to forge users by email or name.</summary>
public static class CommitPresenter
{
    public static RepositoryCommit Present(ForgeContext forge, ForgeState state, string owner, string repo, GitCommitInfo commit) => new()
    {
        Sha = commit.Sha,
        HtmlUrl = forge.Presenter.Urls.Html($"{owner}/{repo}/commit/{commit.Sha}"),
        Commit = new GitCommit
        {
            Message = commit.Message,
            Author = new GitHub.Models.GitSignature { Name = commit.Author.Name, Email = commit.Author.Email, Date = commit.Author.When },
            Committer = new GitHub.Models.GitSignature { Name = commit.Committer.Name, Email = commit.Committer.Email, Date = commit.Committer.When },
            Tree = new ShaReference { Sha = commit.TreeSha },
        },
        Author = UserOf(forge, state, commit.Author),
        Committer = UserOf(forge, state, commit.Committer),
        Parents = [.. commit.Parents.Select(p => new ShaReference { Sha = p })],
    };

    public static string? LoginOf(ForgeState state, Git.GitSignature signature) =>
        state.Users.Values.FirstOrDefault(u => string.Equals(u.Email, signature.Email, StringComparison.OrdinalIgnoreCase))?.Login
        ?? state.User(signature.Name)?.Login;

    private static User? UserOf(ForgeContext forge, ForgeState state, Git.GitSignature signature) =>
        LoginOf(state, signature) is { } login ? forge.Presenter.User(state, login) : null;
}

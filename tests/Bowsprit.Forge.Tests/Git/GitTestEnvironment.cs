using System.Text;
using Bowsprit.Forge.Git;
using Microsoft.Extensions.Time.Testing;

namespace Bowsprit.Forge.Tests.Git;

/// <summary>A private repository root in a unique temp directory (deleted on dispose), with a fake clock.</summary>
internal sealed class GitTestEnvironment : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public GitTestEnvironment()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bowsprit-forge-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Git = new GitRunner(homeDirectory: System.IO.Path.Combine(Directory, "home"));
        Store = new GitRepositoryStore(System.IO.Path.Combine(Directory, "repos"), Git, Time);
    }

    public string Directory { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public GitRunner Git { get; }

    public GitRepositoryStore Store { get; }

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public static GitIdentity Alice { get; } = new("Alice Example", "alice@example.com");

    public static GitIdentity Bob { get; } = new("Bob Example", "bob@example.com");

    public Task<BareRepository> CreateRepoAsync(bool autoInit = true, string org = "org", string? name = null) =>
        Store.CreateAsync(org, name ?? "repo", autoInit: autoInit, cancellationToken: Token);

    /// <summary>A fresh empty directory for a clone or work tree.</summary>
    public string NewWorkDirectory(string name = "work")
    {
        var path = System.IO.Path.Combine(Directory, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Runs a client-side git command and requires success.</summary>
    public async Task<string> RunAsync(string? directory, params string[] arguments) =>
        (await Git.RunAsync(directory, arguments, Token)).EnsureSuccess().Output;

    public static Dictionary<string, byte[]?> Files(params (string Path, string? Content)[] files) =>
        files.ToDictionary(f => f.Path, f => f.Content is null ? null : Encoding.UTF8.GetBytes(f.Content));

    /// <summary>Commits file changes on a branch (moving it) and returns the new sha.</summary>
    public async Task<string> CommitAsync(BareRepository repo, string branch, GitIdentity author, string message, params (string Path, string? Content)[] files)
    {
        var parent = await repo.ResolveAsync("refs/heads/" + branch, Token);
        var sha = await repo.CreateCommitAsync(parent, Files(files), message, author, Token);
        Assert.True(await repo.UpdateRefAsync("refs/heads/" + branch, sha, parent ?? RefUpdate.ZeroSha, Token));
        Time.Advance(TimeSpan.FromMinutes(1));
        return sha;
    }

    public static string Text(GitBlob? blob) => Encoding.UTF8.GetString(Assert.IsType<GitBlob>(blob).Content);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory must not fail a test.
        }
    }
}

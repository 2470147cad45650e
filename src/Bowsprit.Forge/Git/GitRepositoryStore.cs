using System.Collections.Concurrent;
using System.Text;

namespace Bowsprit.Forge.Git;

/// <summary>
/// The forge's bare repositories, at <c>ROOT/&lt;org&gt;/&lt;repo&gt;.git</c>. Names are validated before they touch the
/// file system, so no org or repo name can reach outside the root.
/// </summary>
public sealed class GitRepositoryStore
{
    // One write lock per repository, shared by every BareRepository instance for it: pushes snapshot refs around
    // receive-pack, and forge-made ref updates must not slip between the two snapshots.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public GitRepositoryStore(string root, GitRunner git, TimeProvider? timeProvider = null)
    {
        Root = Path.GetFullPath(root);
        Git = git;
        TimeProvider = timeProvider ?? TimeProvider.System;
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public GitRunner Git { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>GitHub's naming rules for owners and repositories (see <see cref="GitNames.IsValidName"/>).</summary>
    public static bool IsValidName(string? name) => GitNames.IsValidName(name);

    /// <summary>The directory of a repository, whether or not it exists; throws for invalid names.</summary>
    public string PathOf(string org, string repo)
    {
        if (!IsValidName(org))
        {
            throw new ArgumentException($"'{org}' is not a valid owner name.", nameof(org));
        }

        if (!IsValidName(repo))
        {
            throw new ArgumentException($"'{repo}' is not a valid repository name.", nameof(repo));
        }

        return Path.Combine(Root, org, repo + ".git");
    }

    public bool Exists(string org, string repo) =>
        IsValidName(org) && IsValidName(repo) && File.Exists(Path.Combine(PathOf(org, repo), "HEAD"));

    /// <summary>Opens an existing repository, or returns null when it does not exist or a name is invalid.</summary>
    public BareRepository? TryOpen(string org, string repo) =>
        Exists(org, repo) ? Open(org, repo) : null;

    public BareRepository Open(string org, string repo)
    {
        var path = PathOf(org, repo);
        return new BareRepository(org, repo, path, Git, TimeProvider, _locks.GetOrAdd(path, _ => new SemaphoreSlim(1, 1)));
    }

    /// <summary>
    /// Creates a bare repository. It is built in a scratch directory and renamed into place, so git clients never see a
    /// half-made repository and two concurrent creates cannot both succeed. With <paramref name="autoInit"/> the
    /// default branch gets one commit with a README.md, like GitHub's "Initialize this repository with a README".
    /// </summary>
    /// <exception cref="InvalidOperationException">The repository already exists.</exception>
    public async Task<BareRepository> CreateAsync(
        string org, string repo, string defaultBranch = "main", bool autoInit = false, CancellationToken cancellationToken = default)
    {
        var path = PathOf(org, repo);
        GitNames.EnsureRevision(defaultBranch, nameof(defaultBranch));
        if (Exists(org, repo))
        {
            throw new InvalidOperationException($"Repository {org}/{repo} already exists.");
        }

        var orgDirectory = Path.Combine(Root, org);
        Directory.CreateDirectory(orgDirectory);
        // Never ends in ".git", so it can never be mistaken for (or collide with) a repository.
        var scratch = Path.Combine(orgDirectory, $".creating-{Guid.NewGuid():N}");
        try
        {
            (await Git.RunAsync(null, ["init", "--bare", "--quiet", $"--initial-branch={defaultBranch}", scratch], cancellationToken))
                .EnsureSuccess();
            if (autoInit)
            {
                var scratchRepo = new BareRepository(org, repo, scratch, Git, TimeProvider, new SemaphoreSlim(1, 1));
                await InitializeWithReadmeAsync(scratchRepo, repo, defaultBranch, cancellationToken);
            }

            try
            {
                Directory.Move(scratch, path);
            }
            catch (IOException) when (Directory.Exists(path))
            {
                throw new InvalidOperationException($"Repository {org}/{repo} already exists.");
            }
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }

        return Open(org, repo);
    }

    /// <summary>Deletes a repository; returns false when it did not exist.</summary>
    public Task<bool> DeleteAsync(string org, string repo, CancellationToken cancellationToken = default)
    {
        if (!Exists(org, repo))
        {
            return Task.FromResult(false);
        }

        var path = PathOf(org, repo);
        // Rename first so the repository disappears at once for http-backend, then delete off the request thread.
        var doomed = Path.Combine(Path.GetDirectoryName(path)!, $".deleting-{Guid.NewGuid():N}");
        Directory.Move(path, doomed);
        _locks.TryRemove(path, out _);
        return Task.Run(() =>
        {
            Directory.Delete(doomed, recursive: true);
            return true;
        }, cancellationToken);
    }

    private static async Task InitializeWithReadmeAsync(BareRepository repository, string repo, string branch, CancellationToken cancellationToken)
    {
        var git = repository.Git;
        var env = repository.GitDirOptions();
        var readme = Encoding.UTF8.GetBytes($"# {repo}\n");
        var blob = (await git.RunAsync(["hash-object", "-w", "--stdin"], env with { StandardInput = readme }, cancellationToken))
            .EnsureSuccess().Output.Trim();
        var tree = (await git.RunAsync(["mktree"], env with { StandardInput = Encoding.UTF8.GetBytes($"100644 blob {blob}\tREADME.md\n") }, cancellationToken))
            .EnsureSuccess().Output.Trim();
        var commit = await repository.CommitTreeAsync(tree, [], "Initial commit", repository.Now(GitIdentity.Forge), null, cancellationToken);
        (await git.RunAsync(["update-ref", $"refs/heads/{branch}", commit, GitNames.ZeroSha], env, cancellationToken)).EnsureSuccess();
    }
}

using System.Text;

namespace Bowsprit.Forge.Git;

/// <summary>
/// One bare repository of the forge. Every operation works on objects and refs only (no work tree), so operations
/// on the same repository can run concurrently; ref updates take the repository's write lock.
/// </summary>
public sealed partial class BareRepository
{
    private readonly SemaphoreSlim _writeLock;

    internal BareRepository(string org, string name, string path, GitRunner git, TimeProvider timeProvider, SemaphoreSlim writeLock)
    {
        Org = org;
        Name = name;
        Path = path;
        Git = git;
        TimeProvider = timeProvider;
        _writeLock = writeLock;
    }

    public string Org { get; }

    public string Name { get; }

    /// <summary>The repository directory (<c>ROOT/org/name.git</c>).</summary>
    public string Path { get; }

    internal GitRunner Git { get; }

    internal TimeProvider TimeProvider { get; }

    /// <summary>All refs whose full name starts with <paramref name="prefix"/> (plain string prefix), name → object id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ListRefsAsync(string prefix = "refs/", CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(["for-each-ref", "--format=%(refname)%00%(objectname)"], cancellationToken);
        var refs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\0');
            if (parts.Length == 2 && parts[0].StartsWith(prefix, StringComparison.Ordinal))
            {
                refs[parts[0]] = parts[1];
            }
        }

        return refs;
    }

    /// <summary>Resolves a revision (sha, branch, tag, <c>refs/...</c>, <c>main~2</c>) to a commit sha, or null.</summary>
    public async Task<string?> ResolveAsync(string revision, CancellationToken cancellationToken = default)
    {
        GitNames.EnsureRevision(revision, nameof(revision));
        var result = await Git.RunAsync(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], GitDirOptions(), cancellationToken);
        return result.Succeeded ? result.Output.Trim() : null;
    }

    /// <summary>The branch HEAD points at (GitHub's default branch), or null when HEAD is detached.</summary>
    public async Task<string?> GetDefaultBranchAsync(CancellationToken cancellationToken = default)
    {
        var result = await Git.RunAsync(["symbolic-ref", "--quiet", "HEAD"], GitDirOptions(), cancellationToken);
        var target = result.Output.Trim();
        return result.Succeeded && target.StartsWith("refs/heads/", StringComparison.Ordinal) ? target["refs/heads/".Length..] : null;
    }

    public async Task SetDefaultBranchAsync(string branch, CancellationToken cancellationToken = default)
    {
        GitNames.EnsureRevision(branch, nameof(branch));
        await RunAsync(["symbolic-ref", "HEAD", "refs/heads/" + branch], cancellationToken);
    }

    /// <summary>
    /// Points <paramref name="name"/> at <paramref name="newSha"/>. With <paramref name="expectedOldSha"/> the update is
    /// a compare-and-swap (40 zeros: the ref must not exist yet); returns false when the ref had another value.
    /// </summary>
    public async Task<bool> UpdateRefAsync(string name, string newSha, string? expectedOldSha = null, CancellationToken cancellationToken = default)
    {
        GitNames.EnsureRefName(name, nameof(name));
        GitNames.EnsureRevision(newSha, nameof(newSha));
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            return await UpdateRefCoreAsync(name, newSha, expectedOldSha, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Deletes a ref (compare-and-swap with <paramref name="expectedOldSha"/>); false when it did not match or exist.</summary>
    public async Task<bool> DeleteRefAsync(string name, string? expectedOldSha = null, CancellationToken cancellationToken = default)
    {
        GitNames.EnsureRefName(name, nameof(name));
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var current = (await ListRefsAsync(name, cancellationToken)).GetValueOrDefault(name);
            if (current is null)
            {
                return false;
            }

            List<string> args = ["update-ref", "-d", name];
            if (expectedOldSha is not null)
            {
                args.Add(expectedOldSha);
            }

            var result = await Git.RunAsync(args, GitDirOptions(), cancellationToken);
            return !IsCompareAndSwapFailure(result) && result.EnsureSuccess().Succeeded;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Holds the repository's write lock (used around pushes so ref snapshots are exact).</summary>
    internal async Task<IDisposable> AcquireWriteLockAsync(CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        return new Releaser(_writeLock);
    }

    internal async Task<bool> UpdateRefCoreAsync(string name, string newSha, string? expectedOldSha, CancellationToken cancellationToken)
    {
        List<string> args = ["update-ref", "-m", "bowsprit forge", name, newSha];
        if (expectedOldSha is not null)
        {
            args.Add(expectedOldSha);
        }

        var result = await Git.RunAsync(args, GitDirOptions(), cancellationToken);
        return !IsCompareAndSwapFailure(result) && result.EnsureSuccess().Succeeded;
    }

    // update-ref reports both a stale old value and a concurrent writer holding the lock as "cannot lock ref".
    private static bool IsCompareAndSwapFailure(GitResult result) =>
        !result.Succeeded && result.Error.Contains("cannot lock ref", StringComparison.Ordinal);

    internal GitRunOptions GitDirOptions() => new()
    {
        WorkingDirectory = Path,
        // An explicit GIT_DIR: never discover a repository by walking up from a damaged directory.
        Environment = new Dictionary<string, string?> { ["GIT_DIR"] = Path },
    };

    internal GitRunOptions GitDirOptions(byte[] standardInput) => GitDirOptions() with { StandardInput = standardInput };

    internal GitRunOptions GitDirOptions(string standardInput) => GitDirOptions(Encoding.UTF8.GetBytes(standardInput));

    internal async Task<GitResult> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        (await Git.RunAsync(arguments, GitDirOptions(), cancellationToken)).EnsureSuccess();

    internal GitSignature Now(GitIdentity identity) => new(identity.Name, identity.Email, TimeProvider.GetUtcNow());

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}

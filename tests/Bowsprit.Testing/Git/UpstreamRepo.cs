namespace Bowsprit.Testing.Git;

/// <summary>
/// A bare upstream repository reachable over <c>file://</c>, with a <c>main</c> branch and pull refs pushed
/// the way GitHub exposes them (<c>refs/pull/N/head</c>).
/// </summary>
public sealed class UpstreamRepo
{
    private readonly string _work;
    private bool _mainExists;

    private UpstreamRepo(string bare, string work)
    {
        Bare = bare;
        _work = work;
    }

    public string Bare { get; }

    public string CloneUri => new Uri(Bare).AbsoluteUri;

    public static async Task<UpstreamRepo> CreateAsync(string root)
    {
        var bare = Path.Combine(root, "upstream.git");
        var work = Path.Combine(root, "upstream-work");
        Directory.CreateDirectory(bare);
        Directory.CreateDirectory(work);
        await LocalGit.RunAsync(bare, "init", "--bare", "-b", "main");
        await LocalGit.RunAsync(work, "init", "-b", "main");
        await LocalGit.RunAsync(work, "remote", "add", "origin", bare);
        return new UpstreamRepo(bare, work);
    }

    /// <summary>Commits one file on <c>main</c> and pushes it; returns the SHA.</summary>
    public async Task<string> CommitToMainAsync(string file, string content)
    {
        // An unborn branch cannot be checked out; the first commit creates it.
        if (_mainExists)
        {
            await LocalGit.RunAsync(_work, "checkout", "main");
        }

        var sha = await CommitAsync(file, content);
        _mainExists = true;
        await LocalGit.RunAsync(_work, "push", "origin", "main");
        return sha;
    }

    /// <summary>Commits on a branch from <paramref name="baseSha"/> and pushes it as pull <paramref name="number"/>.</summary>
    public async Task<string> OpenPullAsync(int number, string baseSha, string file, string content)
    {
        await LocalGit.RunAsync(_work, "checkout", "-B", $"pr-{number}", baseSha);
        var sha = await CommitAsync(file, content);
        await LocalGit.RunAsync(_work, "push", "origin", $"HEAD:refs/pull/{number}/head");
        return sha;
    }

    private async Task<string> CommitAsync(string file, string content)
    {
        await File.WriteAllTextAsync(Path.Combine(_work, file), content);
        await LocalGit.RunAsync(_work, "add", file);
        await LocalGit.RunAsync(_work, "commit", "-m", $"update {file}");
        return await LocalGit.RunAsync(_work, "rev-parse", "HEAD");
    }
}

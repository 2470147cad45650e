using Bowsprit.GitHub.Client;

namespace Bowsprit.Plugins.Trigger;

/// <summary>
/// A PR's changed paths, fetched on first use and at most once: most selections never need them (no job with a
/// changed-files filter is considered), and big PRs cost several pages of API calls.
/// </summary>
internal sealed class ChangedFiles(GitHubClient github, string org, string repo, int number)
{
    private IReadOnlyList<string>? _paths;

    public async Task<IReadOnlyList<string>> GetAsync(CancellationToken ct) =>
        _paths ??= [.. (await github.GetPullRequestFilesAsync(org, repo, number, ct)).Select(static f => f.Filename)];
}

namespace Bowsprit.GitHub.Apps;

/// <summary>A bot account's token (or none): the same for every request.</summary>
public sealed class StaticTokenSource(string? token) : IGitHubTokenSource
{
    public ValueTask<string?> TokenForAsync(string path, CancellationToken ct) => ValueTask.FromResult(string.IsNullOrEmpty(token) ? null : token);
}

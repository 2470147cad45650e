namespace Bowsprit.GitHub.Apps;

/// <summary>
/// The token a request is sent with. Two kinds exist: a fixed bot token, and a GitHub App's installation tokens,
/// which depend on the org the request is about and expire hourly.
/// </summary>
public interface IGitHubTokenSource
{
    /// <summary>The bearer token for a request to <paramref name="path"/> (relative to the API root, or absolute); null for anonymous.</summary>
    ValueTask<string?> TokenForAsync(string path, CancellationToken ct);
}

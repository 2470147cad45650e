namespace Bowsprit.GitHub.Apps;

/// <summary>
/// The token a request is sent with, when it is not the fixed <see cref="Client.GitHubClientOptions.Token"/>: a GitHub
/// App's JWT (<see cref="AppJwtSource"/>) or its installation tokens, which depend on the org the request is about
/// and expire hourly (<see cref="GitHubAppTokenSource"/>).
/// </summary>
public interface IGitHubTokenSource
{
    /// <summary>The bearer token for a request to <paramref name="path"/> (relative to the API root, or absolute); null for anonymous.</summary>
    ValueTask<string?> TokenForAsync(string path, CancellationToken ct);
}

namespace Bowsprit.GitHub.Client;

/// <summary>Where the GitHub API is and how to authenticate; the forge, ghproxy and github.com differ only here.</summary>
public sealed class GitHubClientOptions
{
    /// <summary>REST root: <c>https://api.github.com</c>, or <c>https://HOST/api/v3</c> for GitHub Enterprise and the forge.</summary>
    public string ApiUrl { get; set; } = "https://api.github.com";

    /// <summary>GraphQL endpoint; derived from <see cref="ApiUrl"/> when empty.</summary>
    public string? GraphQLUrl { get; set; }

    /// <summary>A personal access token or installation token; anonymous when empty.</summary>
    public string? Token { get; set; }

    public string UserAgent { get; set; } = "Bowsprit";

    /// <summary>Attempts for requests failing with 5xx or a rate limit that resets soon.</summary>
    public int MaxAttempts { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest wait for a rate-limit reset before giving up with the 403/429.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(30);

    public string EffectiveGraphQLUrl =>
        !string.IsNullOrEmpty(GraphQLUrl) ? GraphQLUrl
        : ApiUrl.TrimEnd('/').EndsWith("/api/v3", StringComparison.Ordinal) ? ApiUrl.TrimEnd('/')[..^"/v3".Length] + "/graphql"
        : ApiUrl.TrimEnd('/') + "/graphql";
}

using System.Text.Json.Serialization;

namespace Bowsprit.Deck;

/// <summary>Prow's <c>github_oauth_config</c> file (YAML or JSON, these keys).</summary>
public sealed class GitHubOAuthConfig
{
    [JsonPropertyName("client_id")] public string ClientId { get; set; } = "";
    [JsonPropertyName("client_secret")] public string ClientSecret { get; set; } = "";

    /// <summary>Deck's own <c>/github-login/redirect</c> URL as registered with the OAuth app; a bare path is resolved against the request's host.</summary>
    [JsonPropertyName("redirect_url")] public string RedirectUrl { get; set; } = "";

    /// <summary>Where to land after login when the request named no page.</summary>
    [JsonPropertyName("final_redirect_url")] public string? FinalRedirectUrl { get; set; }

    [JsonPropertyName("scopes")] public List<string>? Scopes { get; set; }
}

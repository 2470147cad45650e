using System.Text.Json.Serialization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

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

    /// <summary>Reads Prow's file (YAML; JSON is YAML too). Throws <see cref="InvalidOperationException"/> when it lacks the client credentials.</summary>
    public static GitHubOAuthConfig Load(string path)
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        var config = yaml.Deserialize<GitHubOAuthConfig?>(File.ReadAllText(path)) ?? new GitHubOAuthConfig();
        return string.IsNullOrEmpty(config.ClientId) || string.IsNullOrEmpty(config.ClientSecret) || string.IsNullOrEmpty(config.RedirectUrl)
            ? throw new InvalidOperationException($"{path}: client_id, client_secret and redirect_url are required")
            : config;
    }
}

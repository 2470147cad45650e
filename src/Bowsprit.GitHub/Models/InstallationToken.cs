using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>An installation access token (<c>POST /app/installations/{id}/access_tokens</c>); GitHub's last an hour.</summary>
public sealed class InstallationToken
{
    [JsonPropertyName("token")] public string Token { get; set; } = "";
    [JsonPropertyName("expires_at")] public DateTimeOffset ExpiresAt { get; set; }
}

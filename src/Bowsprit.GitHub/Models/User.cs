using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A GitHub user, bot or organization account as the API returns it.</summary>
public sealed class User
{
    [JsonPropertyName("login")] public string Login { get; set; } = "";
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("node_id")] public string? NodeId { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("site_admin")] public bool SiteAdmin { get; set; }
    [JsonPropertyName("html_url")] public string? HtmlUrl { get; set; }
    [JsonPropertyName("avatar_url")] public string? AvatarUrl { get; set; }
}

using System.Text.Json.Serialization;

namespace Bowsprit.Forge.Api.Requests;

/// <summary>Body of the admin API's user, org, team and commit calls (one shape keeps the CLI simple).</summary>
public sealed class AdminRequest
{
    [JsonPropertyName("login")] public string? Login { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("site_admin")] public bool? SiteAdmin { get; set; }
    [JsonPropertyName("token")] public string? Token { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }
    [JsonPropertyName("slug")] public string? Slug { get; set; }
    [JsonPropertyName("members")] public List<string>? Members { get; set; }
    [JsonPropertyName("repos")] public Dictionary<string, string>? Repos { get; set; }
    [JsonPropertyName("branch")] public string? Branch { get; set; }
    [JsonPropertyName("from")] public string? From { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("files")] public Dictionary<string, string?>? Files { get; set; }
}

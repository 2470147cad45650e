using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A GitHub App as <c>GET /app</c> describes it; its bot account is <c>{slug}[bot]</c>.</summary>
public sealed class GitHubApp
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("slug")] public string Slug { get; set; } = "";
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("owner")] public User? Owner { get; set; }

    [JsonIgnore] public string BotLogin => $"{Slug}[bot]";
}

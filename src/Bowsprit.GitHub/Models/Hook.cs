using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A webhook registration.</summary>
public sealed class Hook
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = "web";
    [JsonPropertyName("active")] public bool Active { get; set; } = true;
    [JsonPropertyName("events")] public List<string> Events { get; set; } = [];
    [JsonPropertyName("config")] public HookConfig Config { get; set; } = new();
    [JsonPropertyName("created_at")] public DateTimeOffset CreatedAt { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset UpdatedAt { get; set; }
}

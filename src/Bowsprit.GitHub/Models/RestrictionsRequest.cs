using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>Who may push, as PUT takes it.</summary>
public sealed class RestrictionsRequest
{
    [JsonPropertyName("users")] public List<string> Users { get; set; } = [];
    [JsonPropertyName("teams")] public List<string> Teams { get; set; } = [];
    [JsonPropertyName("apps")] public List<string> Apps { get; set; } = [];
}

using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>Who may push, as GET returns it.</summary>
public sealed class RestrictionsSetting
{
    [JsonPropertyName("users")] public List<User> Users { get; set; } = [];
    [JsonPropertyName("teams")] public List<Team> Teams { get; set; } = [];
    [JsonPropertyName("apps")] public List<User> Apps { get; set; } = [];
}

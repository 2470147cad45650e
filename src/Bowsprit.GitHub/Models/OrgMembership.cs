using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A user's membership in an organization.</summary>
public sealed class OrgMembership
{
    [JsonPropertyName("state")] public string State { get; set; } = "";
    [JsonPropertyName("role")] public string Role { get; set; } = "";
    [JsonPropertyName("user")] public User? User { get; set; }
}

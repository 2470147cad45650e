using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A user's permission level in a repository.</summary>
public sealed class CollaboratorPermission
{
    [JsonPropertyName("permission")] public string Permission { get; set; } = "none";
    [JsonPropertyName("role_name")] public string? RoleName { get; set; }
    [JsonPropertyName("user")] public User? User { get; set; }
}

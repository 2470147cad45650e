using System.Text.Json.Serialization;

namespace Bowsprit.Forge.Api.Requests;

/// <summary>Body of adding a collaborator or setting an org role.</summary>
public sealed class PermissionRequest
{
    [JsonPropertyName("permission")] public string? Permission { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }
}

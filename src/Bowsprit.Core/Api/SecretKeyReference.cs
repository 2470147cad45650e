using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>A key inside a Kubernetes secret.</summary>
public sealed class SecretKeyReference
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("key")] public string? Key { get; set; }
}

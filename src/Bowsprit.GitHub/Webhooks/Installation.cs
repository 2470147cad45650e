using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>The GitHub App installation a delivery came through.</summary>
public sealed class Installation
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("node_id")] public string? NodeId { get; set; }
}

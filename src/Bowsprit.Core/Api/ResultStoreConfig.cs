using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>ResultStore upload settings (kept for compatibility; Bowsprit does not upload there).</summary>
public sealed class ResultStoreConfig
{
    [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
}

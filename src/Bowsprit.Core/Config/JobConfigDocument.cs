using System.Text.Json.Serialization;
using Bowsprit.Core.Config.Jobs;

namespace Bowsprit.Core.Config;

/// <summary>What one job-config file may hold.</summary>
public sealed class JobConfigDocument
{
    [JsonPropertyName("presubmits")] public Dictionary<string, List<Presubmit>>? Presubmits { get; set; }
    [JsonPropertyName("postsubmits")] public Dictionary<string, List<Postsubmit>>? Postsubmits { get; set; }
    [JsonPropertyName("periodics")] public List<Periodic>? Periodics { get; set; }
    [JsonPropertyName("presets")] public List<Preset>? Presets { get; set; }
}

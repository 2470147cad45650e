using System.Text.Json.Serialization;
using k8s.Models;

namespace Bowsprit.Core.Api;

/// <summary>A <c>ProwJobList</c>, as <c>kubectl get prowjobs -o json</c> prints it.</summary>
public sealed class ProwJobList
{
    [JsonPropertyName("apiVersion")] public string ApiVersion { get; set; } = ProwJob.ApiVersionValue;
    [JsonPropertyName("kind")] public string Kind { get; set; } = "ProwJobList";
    [JsonPropertyName("metadata"), GoAlwaysEmit] public V1ListMeta Metadata { get; set; } = new();
    [JsonPropertyName("items"), GoAlwaysEmit] public List<ProwJob> Items { get; set; } = [];
}

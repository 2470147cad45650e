using System.Text.Json.Serialization;
using k8s.Models;

namespace Bowsprit.Core.Api;

/// <summary>Resource requirements of the pod utility containers.</summary>
public sealed class UtilityResources
{
    [JsonPropertyName("clonerefs")] public V1ResourceRequirements? CloneRefs { get; set; }
    [JsonPropertyName("initupload")] public V1ResourceRequirements? InitUpload { get; set; }
    [JsonPropertyName("place_entrypoint")] public V1ResourceRequirements? PlaceEntrypoint { get; set; }
    [JsonPropertyName("sidecar")] public V1ResourceRequirements? Sidecar { get; set; }

    /// <summary>A copy sharing nested objects; used by default merging, which replaces what it changes.</summary>
    public UtilityResources ShallowCopy() => (UtilityResources)MemberwiseClone();
}

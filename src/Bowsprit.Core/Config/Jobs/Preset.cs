using System.Text.Json.Serialization;
using k8s.Models;

namespace Bowsprit.Core.Config.Jobs;

/// <summary>Env, volumes and mounts added to every job whose labels include all of the preset's labels.</summary>
public sealed class Preset
{
    [JsonPropertyName("labels")] public Dictionary<string, string>? Labels { get; set; }
    [JsonPropertyName("env")] public List<V1EnvVar>? Env { get; set; }
    [JsonPropertyName("volumes")] public List<V1Volume>? Volumes { get; set; }
    [JsonPropertyName("volumeMounts")] public List<V1VolumeMount>? VolumeMounts { get; set; }
    [JsonPropertyName("tolerations")] public List<V1Toleration>? Tolerations { get; set; }

    [JsonIgnore] public SourceLocation Source { get; set; } = SourceLocation.Unknown;

    public bool AppliesTo(IReadOnlyDictionary<string, string>? jobLabels)
    {
        foreach (var (key, value) in Labels ?? [])
        {
            if (jobLabels is null || !jobLabels.TryGetValue(key, out var jobValue) || jobValue != value)
            {
                return false;
            }
        }

        return true;
    }
}

using System.Text.Json.Serialization;
using Bowsprit.Core.Templates;
using k8s;
using k8s.Models;

namespace Bowsprit.Core.Api;

/// <summary>
/// The unit of work: Prow's <c>prow.k8s.io/v1</c> <c>ProwJob</c> custom resource, JSON-compatible with it.
/// </summary>
public sealed class ProwJob : IKubernetesObject<V1ObjectMeta>
{
    public const string Group = "prow.k8s.io";
    public const string Version = "v1";
    public const string ApiVersionValue = Group + "/" + Version;
    public const string KindValue = "ProwJob";
    public const string Plural = "prowjobs";

    [JsonPropertyName("apiVersion")] public string ApiVersion { get; set; } = ApiVersionValue;
    [JsonPropertyName("kind")] public string Kind { get; set; } = KindValue;

    /// <summary>Go templates reach metadata as <c>.ObjectMeta.Name</c> or the promoted <c>.Name</c>.</summary>
    [JsonPropertyName("metadata"), GoAlwaysEmit, GoEmbedded("ObjectMeta")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec"), GoAlwaysEmit] public ProwJobSpec Spec { get; set; } = new();
    [JsonPropertyName("status"), GoAlwaysEmit] public ProwJobStatus Status { get; set; } = new();

    [JsonIgnore] public string Name => Metadata.Name;

    [JsonIgnore] public bool IsComplete => Status.CompletionTime is not null;

    public ProwJob DeepCopy() => ProwJson.Clone(this);
}

using Bowsprit.Core.Templates;
using k8s.Models;

namespace Bowsprit.Core.Tests.Templates;

/// <summary>A ProwJob-like object whose metadata is KubernetesClient's own type.</summary>
public sealed class KubernetesBackedJob
{
    [GoEmbedded("ObjectMeta")]
    public V1ObjectMeta Metadata { get; init; } = new();
}

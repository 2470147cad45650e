using System.Text.Json.Serialization;

namespace Bowsprit.Core.Tests.Templates;

public sealed class TemplateObjectMeta
{
    public string Name { get; init; } = "";

    // Named like KubernetesClient's V1ObjectMeta, found through its JSON name.
    [JsonPropertyName("namespace")]
    public string NamespaceProperty { get; init; } = "default";

    public Dictionary<string, string> Labels { get; init; } = [];
}

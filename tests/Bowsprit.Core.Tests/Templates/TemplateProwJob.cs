using Bowsprit.Core.Templates;

namespace Bowsprit.Core.Tests.Templates;

/// <summary>Shaped like Prow's ProwJob: Kubernetes metadata embedded, spec and status.</summary>
public sealed class TemplateProwJob
{
    [GoEmbedded("ObjectMeta")]
    public TemplateObjectMeta Metadata { get; init; } = new();

    public TemplateJobSpec Spec { get; init; } = new();

    public TemplateJobStatus Status { get; init; } = new();
}

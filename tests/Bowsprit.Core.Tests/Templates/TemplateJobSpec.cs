namespace Bowsprit.Core.Tests.Templates;

public sealed class TemplateJobSpec
{
    public TemplateJobType Type { get; init; }

    public string Job { get; init; } = "";

    public TemplateRefs? Refs { get; init; }
}

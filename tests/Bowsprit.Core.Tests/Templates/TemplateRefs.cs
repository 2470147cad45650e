namespace Bowsprit.Core.Tests.Templates;

public sealed class TemplateRefs
{
    public string Org { get; init; } = "";

    public string Repo { get; init; } = "";

    public string BaseSha { get; init; } = "";

    public string BaseLink { get; init; } = "";

    public List<TemplatePull> Pulls { get; init; } = [];
}

namespace Bowsprit.Core.Tests.Templates;

public sealed class TemplatePull
{
    public int Number { get; init; }

    public string Author { get; init; } = "";

    public string Sha { get; init; } = "";

    public string Title { get; init; } = "";
}

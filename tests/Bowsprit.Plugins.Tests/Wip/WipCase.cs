namespace Bowsprit.Plugins.Tests.Wip;

public sealed record WipCase(string Name, string Title, bool Draft, bool HadLabel, string Action, bool ExpectLabel)
{
    public override string ToString() => Name;
}

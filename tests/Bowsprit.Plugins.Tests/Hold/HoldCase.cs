namespace Bowsprit.Plugins.Tests.Hold;

public sealed record HoldCase(string Name, string Body, bool HadLabel, bool ExpectLabel)
{
    public override string ToString() => Name;
}

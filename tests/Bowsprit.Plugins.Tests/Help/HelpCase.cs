namespace Bowsprit.Plugins.Tests.Help;

/// <summary>
/// <paramref name="Setup"/> is a comment handled first (to reach a state through the plugin itself);
/// <paramref name="HelpComments"/> and <paramref name="GoodFirstComments"/> count the bot's guideline comments at the end.
/// </summary>
public sealed record HelpCase(string Name, string? Setup, string Body, string[] ExpectLabels, int HelpComments, int GoodFirstComments,
    bool OnPull = false, bool Closed = false)
{
    public override string ToString() => Name;
}

namespace Bowsprit.Plugins.Tests.Retitle;

/// <summary>The issue or PR is bob's, titled "Old title". <paramref name="Reply"/> is the bot's single reply message; null means none.</summary>
public sealed record RetitleCase(string Name, string User, string Body, string ExpectTitle, string? Reply = null, bool OnPull = false, bool Closed = false,
    bool EveCollaborates = false, string? PluginsYaml = null)
{
    public override string ToString() => Name;
}

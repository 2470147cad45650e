namespace Bowsprit.Plugins.Tests.Welcome;

/// <summary>
/// <paramref name="Author"/> opens <paramref name="EarlierPulls"/> PRs (the first one closed) before the PR under
/// test; <paramref name="Expect"/> is the whole welcome comment (<c>{repo}</c> replaced), or null for none.
/// </summary>
public sealed record WelcomeCase(string Name, string Author, string? Expect, int EarlierPulls = 0, string? PluginsYaml = null, string Action = "opened")
{
    public override string ToString() => Name;
}

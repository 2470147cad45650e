using Bowsprit.Core.Plugins;

namespace Bowsprit.Plugins.Trigger;

/// <summary>Picks the <c>triggers:</c> entry that governs a repository.</summary>
internal static class TriggerConfigs
{
    /// <summary>
    /// The first entry listing <c>org/repo</c>, else the first listing <c>org</c>, else defaults: a repo-specific
    /// entry must win over an org-wide one wherever either appears in the list.
    /// </summary>
    public static TriggerConfig For(PluginsConfig plugins, string org, string repo)
    {
        var triggers = plugins.Triggers ?? [];
        return triggers.FirstOrDefault(t => Lists(t, $"{org}/{repo}"))
            ?? triggers.FirstOrDefault(t => Lists(t, org))
            ?? new TriggerConfig();
    }

    // GitHub logins and repository names are case-insensitive.
    private static bool Lists(TriggerConfig config, string name) =>
        (config.Repos ?? []).Contains(name, StringComparer.OrdinalIgnoreCase);
}

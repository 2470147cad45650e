using Bowsprit.Core.Plugins;

namespace Bowsprit.Plugins.Framework;

/// <summary>Which plugins run for a repository, as Prow reads <c>plugins.yaml</c>.</summary>
public static class PluginEnablement
{
    /// <summary>The org's plugins (unless the repo is in its <c>excluded_repos</c>) plus the repo's own.</summary>
    public static IReadOnlySet<string> For(PluginsConfig config, string org, string repo)
    {
        var enabled = new HashSet<string>(StringComparer.Ordinal);
        var plugins = config.Plugins ?? [];
        if (plugins.TryGetValue(org, out var orgEntry) && orgEntry is not null &&
            !(orgEntry.ExcludedRepos ?? []).Contains(repo, StringComparer.OrdinalIgnoreCase))
        {
            enabled.UnionWith(orgEntry.Plugins ?? []);
        }

        if (plugins.TryGetValue($"{org}/{repo}", out var repoEntry) && repoEntry is not null)
        {
            enabled.UnionWith(repoEntry.Plugins ?? []);
        }

        return enabled;
    }
}

using Bowsprit.Core.Plugins;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Retitle;

/// <summary>
/// Trigger's notion of a trusted user, shared by plugins that gate on it (retitle, welcome): the bot, a member of
/// the repo's org, a collaborator (unless <c>only_org_members</c>), an app in <c>trusted_apps</c> or a member of
/// <c>trusted_org</c>, all read from the repo's <c>triggers</c> entry.
/// </summary>
internal static class TrustedUsers
{
    public static async Task<bool> IsTrustedAsync(PluginContext context, string org, string repo, string login, CancellationToken ct)
    {
        if (string.Equals(login, context.BotLogin, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var trigger = TriggerFor(context.Plugins, org, repo);
        if (login.EndsWith("[bot]", StringComparison.OrdinalIgnoreCase) &&
            (trigger?.TrustedApps ?? []).Contains(login[..^"[bot]".Length], StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        if (await context.GitHub.IsOrgMemberAsync(org, login, ct))
        {
            return true;
        }

        if (trigger?.OnlyOrgMembers != true && await context.GitHub.IsCollaboratorAsync(org, repo, login, ct))
        {
            return true;
        }

        return trigger?.TrustedOrg is { Length: > 0 } trustedOrg && !string.Equals(trustedOrg, org, StringComparison.OrdinalIgnoreCase) &&
               await context.GitHub.IsOrgMemberAsync(trustedOrg, login, ct);
    }

    /// <summary>The first <c>triggers</c> entry naming the repo, else the first naming its org.</summary>
    public static TriggerConfig? TriggerFor(PluginsConfig config, string org, string repo)
    {
        var triggers = config.Triggers ?? [];
        var full = $"{org}/{repo}";
        return triggers.Find(t => (t.Repos ?? []).Contains(full, StringComparer.OrdinalIgnoreCase)) ??
               triggers.Find(t => (t.Repos ?? []).Contains(org, StringComparer.OrdinalIgnoreCase));
    }
}

using Bowsprit.GitHub.Trust;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Retitle;

/// <summary>
/// Trigger's notion of a trusted user, shared by plugins that gate on it (retitle, welcome): the bot, a member of
/// the repo's org, a collaborator (unless <c>only_org_members</c>), an app in <c>trusted_apps</c> or a member of
/// <c>trusted_org</c>, all read from the repo's <c>triggers</c> entry.
/// </summary>
internal static class TrustedUsers
{
    public static async Task<bool> IsTrustedAsync(PluginContext context, string org, string repo, string login, CancellationToken ct) =>
        string.Equals(login, context.BotLogin, StringComparison.OrdinalIgnoreCase)
        || await TriggerTrust.IsTrustedUserAsync(context.GitHub, context.Plugins.TriggerFor(org, repo), org, repo, login, ct);
}

using Bowsprit.Core.Plugins;
using Bowsprit.GitHub.Client;

namespace Bowsprit.GitHub.Trust;

/// <summary>
/// Trigger's notion of a trusted user (whose code may run on the build cluster), shared by trigger, retitle,
/// welcome and deck's rerun rule: an app in <c>trusted_apps</c>, a member of the repo's org, a collaborator (unless
/// <c>only_org_members</c>), or a member of <c>trusted_org</c>. The bot itself is the caller's concern.
/// </summary>
public static class TriggerTrust
{
    public const string OkToTestLabel = "ok-to-test";
    private const string AppSuffix = "[bot]";

    public static async Task<bool> IsTrustedUserAsync(
        GitHubClient github, TriggerConfig trigger, string org, string repo, string login, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(github);
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(login);

        // The check that needs no API call goes first; the outcome is the same as checking in Prow's order.
        if (IsTrustedApp(trigger, login) || await github.IsOrgMemberAsync(org, login, ct).ConfigureAwait(false))
        {
            return true;
        }

        if (!trigger.OnlyOrgMembers && await github.IsCollaboratorAsync(org, repo, login, ct).ConfigureAwait(false))
        {
            return true;
        }

        return !string.IsNullOrEmpty(trigger.TrustedOrg)
            && !string.Equals(trigger.TrustedOrg, org, StringComparison.OrdinalIgnoreCase)
            && await github.IsOrgMemberAsync(trigger.TrustedOrg, login, ct).ConfigureAwait(false);
    }

    private static bool IsTrustedApp(TriggerConfig trigger, string login) =>
        login.EndsWith(AppSuffix, StringComparison.OrdinalIgnoreCase)
        && (trigger.TrustedApps ?? []).Contains(login[..^AppSuffix.Length], StringComparer.OrdinalIgnoreCase);
}

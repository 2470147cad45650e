using Bowsprit.Core.Api;
using Bowsprit.Core.Plugins;
using Bowsprit.GitHub.Client;

namespace Bowsprit.Deck.Auth;

/// <summary>
/// Prow's last rerun rule for presubmits: whoever trigger would let run <c>/test</c> on the PR may rerun its jobs —
/// a trusted user (member of the org or of <c>trusted_org</c>, a collaborator unless <c>only_org_members</c>, a
/// <c>trusted_apps</c> bot), or anyone once the PR carries <c>ok-to-test</c>. This mirrors trigger's TrustChecker
/// (internal to Bowsprit.Plugins, which deck may not reference); both should move to Bowsprit.GitHub together.
/// </summary>
internal static class PresubmitTrust
{
    private const string AppSuffix = "[bot]";
    private const string OkToTest = "ok-to-test";

    public static async Task<bool> AllowsAsync(ProwJob job, string login, PluginsConfig plugins, GitHubClient github, CancellationToken ct)
    {
        if (job.Spec.Type != ProwJobType.Presubmit || job.Spec.Refs is not { Pulls: { Count: > 0 } pulls } refs)
        {
            return false;
        }

        var trigger = TriggerFor(plugins, refs.Org, refs.Repo);
        if (await IsTrustedUserAsync(github, trigger, refs.Org, refs.Repo, login, ct))
        {
            return true;
        }

        var labels = await github.GetIssueLabelsAsync(refs.Org, refs.Repo, pulls[0].Number, ct);
        return labels.Any(static l => string.Equals(l.Name, OkToTest, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<bool> IsTrustedUserAsync(GitHubClient github, TriggerConfig trigger, string org, string repo, string login, CancellationToken ct)
    {
        if (login.EndsWith(AppSuffix, StringComparison.OrdinalIgnoreCase) &&
            (trigger.TrustedApps ?? []).Contains(login[..^AppSuffix.Length], StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        if (await github.IsOrgMemberAsync(org, login, ct))
        {
            return true;
        }

        if (!trigger.OnlyOrgMembers && await github.IsCollaboratorAsync(org, repo, login, ct))
        {
            return true;
        }

        return !string.IsNullOrEmpty(trigger.TrustedOrg) && !string.Equals(trigger.TrustedOrg, org, StringComparison.OrdinalIgnoreCase) &&
               await github.IsOrgMemberAsync(trigger.TrustedOrg, login, ct);
    }

    /// <summary>The first trigger entry listing <c>org/repo</c>, else the first listing <c>org</c>, else defaults.</summary>
    private static TriggerConfig TriggerFor(PluginsConfig plugins, string org, string repo)
    {
        var triggers = plugins.Triggers ?? [];
        return triggers.FirstOrDefault(t => (t.Repos ?? []).Contains($"{org}/{repo}", StringComparer.OrdinalIgnoreCase))
               ?? triggers.FirstOrDefault(t => (t.Repos ?? []).Contains(org, StringComparer.OrdinalIgnoreCase))
               ?? new TriggerConfig();
    }
}

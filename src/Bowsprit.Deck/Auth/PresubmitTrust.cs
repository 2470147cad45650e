using Bowsprit.Core.Api;
using Bowsprit.Core.Plugins;
using Bowsprit.GitHub.Client;
using Bowsprit.GitHub.Trust;

namespace Bowsprit.Deck.Auth;

/// <summary>
/// Prow's last rerun rule for presubmits: whoever trigger would let run <c>/test</c> on the PR may rerun its jobs —
/// a trusted user (<see cref="TriggerTrust"/>, the same rule trigger applies), or anyone once the PR carries
/// <c>ok-to-test</c>.
/// </summary>
internal static class PresubmitTrust
{
    public static async Task<bool> AllowsAsync(ProwJob job, string login, PluginsConfig plugins, GitHubClient github, CancellationToken ct)
    {
        if (job.Spec.Type != ProwJobType.Presubmit || job.Spec.Refs is not { Pulls: { Count: > 0 } pulls } refs)
        {
            return false;
        }

        if (await TriggerTrust.IsTrustedUserAsync(github, plugins.TriggerFor(refs.Org, refs.Repo), refs.Org, refs.Repo, login, ct))
        {
            return true;
        }

        var labels = await github.GetIssueLabelsAsync(refs.Org, refs.Repo, pulls[0].Number, ct);
        return labels.Any(static l => string.Equals(l.Name, TriggerTrust.OkToTestLabel, StringComparison.OrdinalIgnoreCase));
    }
}

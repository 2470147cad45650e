using Bowsprit.Core.Plugins;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Trigger;

/// <summary>
/// Decides whose code may run on the build cluster: the bot, members of the repo's org, collaborators (unless
/// <c>only_org_members</c>), apps listed in <c>trusted_apps</c> and members of <c>trusted_org</c>. A PR is
/// trusted when its author is, or when someone trusted labelled it <c>ok-to-test</c>.
/// </summary>
internal sealed class TrustChecker(PluginContext context, TriggerConfig config, string org, string repo)
{
    private const string AppSuffix = "[bot]";

    // One event may ask about the same login several times (commenter, then PR author); answers don't change.
    private readonly Dictionary<string, bool> _answers = new(StringComparer.OrdinalIgnoreCase);

    public async Task<bool> IsTrustedUserAsync(string login, CancellationToken ct)
    {
        if (!_answers.TryGetValue(login, out var trusted))
        {
            trusted = await CheckAsync(login, ct);
            _answers[login] = trusted;
        }

        return trusted;
    }

    public async Task<bool> IsTrustedPullAsync(string author, IEnumerable<string> labels, CancellationToken ct) =>
        TriggerLabels.Has(labels, TriggerLabels.OkToTest) || await IsTrustedUserAsync(author, ct);

    private async Task<bool> CheckAsync(string login, CancellationToken ct)
    {
        // The checks that need no API call go first; the outcome is the same as checking in the spec's order.
        if (string.Equals(login, context.BotLogin, StringComparison.OrdinalIgnoreCase) || IsTrustedApp(login))
        {
            return true;
        }

        if (await context.GitHub.IsOrgMemberAsync(org, login, ct))
        {
            return true;
        }

        if (!config.OnlyOrgMembers && await context.GitHub.IsCollaboratorAsync(org, repo, login, ct))
        {
            return true;
        }

        return !string.IsNullOrEmpty(config.TrustedOrg)
            && !string.Equals(config.TrustedOrg, org, StringComparison.OrdinalIgnoreCase)
            && await context.GitHub.IsOrgMemberAsync(config.TrustedOrg, login, ct);
    }

    private bool IsTrustedApp(string login) =>
        login.EndsWith(AppSuffix, StringComparison.OrdinalIgnoreCase)
        && (config.TrustedApps ?? []).Contains(login[..^AppSuffix.Length], StringComparer.OrdinalIgnoreCase);
}

using Bowsprit.Core.Plugins;
using Bowsprit.GitHub.Trust;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Trigger;

/// <summary>
/// Decides whose code may run on the build cluster: the bot, members of the repo's org, collaborators (unless
/// <c>only_org_members</c>), apps listed in <c>trusted_apps</c> and members of <c>trusted_org</c>. A PR is
/// trusted when its author is, or when someone trusted labelled it <c>ok-to-test</c>.
/// </summary>
internal sealed class TrustChecker(PluginContext context, TriggerConfig config, string org, string repo)
{
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

    private async Task<bool> CheckAsync(string login, CancellationToken ct) =>
        string.Equals(login, context.BotLogin, StringComparison.OrdinalIgnoreCase)
        || await TriggerTrust.IsTrustedUserAsync(context.GitHub, config, org, repo, login, ct);
}

using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Sections;
using Bowsprit.GitHub.Client;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Deck.Auth;

/// <summary>The outcome of a rerun or abort permission check: the HTTP status and text to answer with when refused.</summary>
internal sealed record AuthDecision(bool Allowed, string? Login, int Status, string? Message);

/// <summary>
/// Who may rerun or abort a job (Prow's rules): <c>allow_anyone</c> on the job or on the deck entry that applies
/// needs no login; otherwise the signed-in user must be listed in that entry or in the job's own
/// <c>rerun_auth_config</c> by login, org membership, team id or team slug, or (for a presubmit, when deck has
/// the plugins config) be someone trigger would let run <c>/test</c> on the PR. Memberships are asked of GitHub
/// with deck's own client (the bot token), as Prow does.
/// </summary>
internal sealed partial class RerunAuthorizer(DeckOptions options, IServiceProvider services, ILogger<RerunAuthorizer> logger)
{
    /// <summary>deck's entry for the job: <c>default_rerun_auth_configs</c>, or <c>rerun_auth_configs</c> converted to it; the last match wins.</summary>
    public RerunAuthConfig? ConfigFor(ProwJobSpec spec)
    {
        var deck = options.Config().Deck;
        var refs = spec.MainRefs;
        var orgRepo = refs is null ? "" : $"{refs.Org}/{refs.Repo}";
        RerunAuthConfig? result = null;
        foreach (var entry in Entries(deck))
        {
            if (entry.Matches(orgRepo, spec.Cluster ?? ""))
            {
                result = entry.RerunAuthConfigs;
            }
        }

        return result;
    }

    public async Task<AuthDecision> DecideAsync(ProwJob job, DeckIdentity identity, string verb, CancellationToken ct)
    {
        var deckConfig = ConfigFor(job.Spec);
        if (job.Spec.RerunAuthConfig?.AllowAnyone == true || deckConfig?.AllowAnyone == true)
        {
            return new AuthDecision(true, identity.Login, 200, null);
        }

        if (identity.Login is not { } login)
        {
            return options.GitHubOAuth is null && !identity.ViaBearer
                ? new AuthDecision(false, null, 500, $"GitHub oauth must be configured to {verb} jobs unless 'allow_anyone: true' is specified.")
                : new AuthDecision(false, null, 401, $"Could not verify if allowed to {verb}: Error retrieving GitHub login.");
        }

        var org = job.Spec.MainRefs?.Org ?? "";
        if (await IsAuthorizedAsync(deckConfig, org, login, ct) || await IsAuthorizedAsync(job.Spec.RerunAuthConfig, org, login, ct) ||
            await TrustedForPresubmitAsync(job, login, ct))
        {
            return new AuthDecision(true, login, 200, null);
        }

        // Prow answers a refused abort with 401; a refused rerun gets 403 here (Prow sends 200 with the same text).
        return verb == "abort"
            ? new AuthDecision(false, login, 401, "You don't have permission to abort this job.")
            : new AuthDecision(false, login, 403, "You don't have permission to rerun that job.");
    }

    private async Task<bool> IsAuthorizedAsync(RerunAuthConfig? config, string org, string login, CancellationToken ct)
    {
        if (config is null)
        {
            return false;
        }

        if (config.AllowAnyone || (config.GitHubUsers ?? []).Any(u => string.Equals(u, login, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (!(config.GitHubOrgs is { Count: > 0 } || config.GitHubTeamIds is { Count: > 0 } || config.GitHubTeamSlugs is { Count: > 0 }))
        {
            return false;
        }

        if (services.GetService(typeof(GitHubClient)) is not GitHubClient github)
        {
            LogNoGitHub(logger);
            return false;
        }

        try
        {
            foreach (var member in config.GitHubOrgs ?? [])
            {
                if (await github.IsOrgMemberAsync(member, login, ct))
                {
                    return true;
                }
            }

            foreach (var teamId in config.GitHubTeamIds ?? [])
            {
                if ((await github.ListTeamMembersByIdAsync(teamId, ct)).Any(u => string.Equals(u.Login, login, StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }

            foreach (var team in config.GitHubTeamSlugs ?? [])
            {
                if (!string.IsNullOrEmpty(team.Slug) &&
                    (await github.ListTeamMembersAsync(string.IsNullOrEmpty(team.Org) ? org : team.Org, team.Slug, ct)).Any(u => string.Equals(u.Login, login, StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
        }
        catch (GitHubApiException e)
        {
            LogMembershipFailed(logger, login, e);
        }

        return false;
    }

    private async Task<bool> TrustedForPresubmitAsync(ProwJob job, string login, CancellationToken ct)
    {
        if (options.Plugins is not { } plugins || services.GetService(typeof(GitHubClient)) is not GitHubClient github)
        {
            return false;
        }

        try
        {
            return await PresubmitTrust.AllowsAsync(job, login, plugins(), github, ct);
        }
        catch (GitHubApiException e)
        {
            LogMembershipFailed(logger, login, e);
            return false;
        }
    }

    /// <summary>Prow's conversion of the map form: "" and "*" first, then orgs, then org/repo keys.</summary>
    private static IEnumerable<DefaultRerunAuthConfigEntry> Entries(DeckConfig deck)
    {
        if (deck.DefaultRerunAuthConfigs is { Count: > 0 } entries)
        {
            return entries;
        }

        var map = deck.RerunAuthConfigs ?? [];
        return map.OrderBy(static p => p.Key switch { "" => 0, "*" => 1, _ when !p.Key.Contains('/', StringComparison.Ordinal) => 2, _ => 3 })
            .ThenBy(static p => p.Key, StringComparer.Ordinal)
            .Select(static p => new DefaultRerunAuthConfigEntry { Repo = p.Key, RerunAuthConfigs = p.Value });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No GitHub client is configured, so org and team membership cannot be checked")]
    private static partial void LogNoGitHub(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check GitHub membership of {Login}")]
    private static partial void LogMembershipFailed(ILogger logger, string login, Exception exception);
}

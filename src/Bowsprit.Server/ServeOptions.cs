using Bowsprit.LocalRuntime;

namespace Bowsprit.Server;

/// <summary>What <c>bowsprit serve</c> runs and where it finds its configuration (Prow's flag names).</summary>
public sealed record ServeOptions
{
    public IReadOnlyList<string> Components { get; init; } = ["hook"];

    public string ListenUrl { get; init; } = "http://127.0.0.1:8888";

    /// <summary>Embedded state (SQLite inbox and ProwJobs).</summary>
    public string DataDir { get; init; } = ".bowsprit";

    public required string ConfigPath { get; init; }

    public string? JobConfigPath { get; init; }

    public string? PluginConfig { get; init; }

    public required string HmacSecretFile { get; init; }

    public string GitHubEndpoint { get; init; } = "https://api.github.com";

    public string? GitHubTokenPath { get; init; }

    /// <summary>GitHub App id (Prow's <c>--github-app-id</c>); with the key, replaces the bot token.</summary>
    public string? GitHubAppId { get; init; }

    public string? GitHubAppPrivateKeyPath { get; init; }

    public string BotLogin { get; init; } = "bowsprit-bot";

    /// <summary>Local jobs running at once; null means one per CPU.</summary>
    public int? MaxConcurrentRuns { get; init; }

    public SandboxMode Sandbox { get; init; } = SandboxMode.Auto;

    /// <summary>crier's Slack secret (Prow's <c>--slack-token-file</c>): an incoming-webhook URL or a bot token.</summary>
    public string? SlackTokenFile { get; init; }

    /// <summary>deck: hook's plugin-help URL when hook runs elsewhere (<c>--hook-url</c>).</summary>
    public string? HookUrl { get; init; }

    /// <summary>deck: POST /rerun creates jobs (<c>--rerun-creates-job</c>).</summary>
    public bool RerunCreatesJob { get; init; }

    /// <summary>deck: file with the secret that signs login cookies (<c>--cookie-secret</c>).</summary>
    public string? CookieSecretFile { get; init; }

    /// <summary>deck: Prow's GitHub OAuth app file; login is off without it (<c>--github-oauth-config-file</c>).</summary>
    public string? GitHubOAuthConfigFile { get; init; }
}

using Bowsprit.LocalRuntime;

namespace Bowsprit.Server;

/// <summary>What <c>bowsprit serve</c> runs and where it finds its configuration (Prow's flag names).</summary>
public sealed class ServeOptions
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

    public string BotLogin { get; init; } = "bowsprit-bot";

    /// <summary>Local jobs running at once; null means one per CPU.</summary>
    public int? MaxConcurrentRuns { get; init; }

    public SandboxMode Sandbox { get; init; } = SandboxMode.Auto;

    /// <summary>crier's Slack secret (Prow's <c>--slack-token-file</c>): an incoming-webhook URL or a bot token.</summary>
    public string? SlackTokenFile { get; init; }
}

using Bowsprit.LocalRuntime;

namespace Bowsprit.Server.Up;

/// <summary>
/// What <c>bowsprit up</c> runs, bound from <c>bowsprit.yaml</c>, <c>BOWSPRIT_*</c> environment variables and flags
/// (in rising precedence; keys are the flags' names in camelCase, e.g. <c>dataDir</c>, <c>maxConcurrentRuns</c>).
/// Without GitHub credentials it runs the demo: a local forge with a seeded repository.
/// </summary>
public sealed class UpOptions
{
    /// <summary>Everything Bowsprit keeps: SQLite stores, runs, artifacts, the demo forge, generated secrets.</summary>
    public string DataDir { get; set; } = ".bowsprit";

    /// <summary>deck's port; hook (<c>/hook</c>) and <c>/metrics</c> share it.</summary>
    public int Port { get; set; } = 8080;

    /// <summary>Address every listener binds; loopback unless the host must take webhooks from elsewhere.</summary>
    public string Host { get; set; } = "127.0.0.1";

    public SandboxMode Sandbox { get; set; } = SandboxMode.Auto;

    /// <summary>Local jobs running at once; null means one per CPU.</summary>
    public int? MaxConcurrentRuns { get; set; }

    /// <summary>Prow's <c>--config-path</c>; the demo writes its own under the data dir.</summary>
    public string? ConfigPath { get; set; }

    public string? JobConfigPath { get; set; }

    public string? PluginConfig { get; set; }

    public string? HmacSecretFile { get; set; }

    public string GitHubEndpoint { get; set; } = "https://api.github.com";

    public string? GitHubTokenPath { get; set; }

    /// <summary>GitHub App credentials (both or neither), instead of <see cref="GitHubTokenPath"/>; the bot is the App's <c>{slug}[bot]</c>.</summary>
    public string? GitHubAppId { get; set; }

    public string? GitHubAppPrivateKeyPath { get; set; }

    /// <summary>The bot's login; real mode asks GitHub for the token's user when unset.</summary>
    public string? BotLogin { get; set; }

    public string? SlackTokenFile { get; set; }

    /// <summary>deck's sign-in (Prow's <c>--github-oauth-config-file</c>); the demo generates its own.</summary>
    public string? GitHubOAuthConfigFile { get; set; }

    /// <summary>deck's cookie signing secret file (Prow's <c>--cookie-secret</c>); generated under the data dir when unset.</summary>
    public string? CookieSecret { get; set; }

    /// <summary>The URL people use to reach deck (links in statuses), when it is not <c>http://Host:Port</c>.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Demo mode: no GitHub credentials were given.</summary>
    public bool IsDemo => string.IsNullOrEmpty(GitHubTokenPath) && string.IsNullOrEmpty(GitHubAppId) && string.IsNullOrEmpty(GitHubAppPrivateKeyPath);

    public string FullDataDir => Path.GetFullPath(DataDir);
}

using Bowsprit.Core.Config;
using Bowsprit.Core.Plugins;

namespace Bowsprit.Deck;

/// <summary>How deck runs. Names follow Prow's deck flags where one exists (noted per property).</summary>
public sealed class DeckOptions
{
    /// <summary>The current Prow config; read on every request so hot reloads apply at once.</summary>
    public required Func<ProwConfig> Config { get; init; }

    /// <summary><c>--hook-url</c>: hook's plugin-help endpoint, e.g. <c>http://hook:8888/plugin-help</c>.</summary>
    public string? HookUrl { get; init; }

    /// <summary>
    /// Plugin help straight from an in-process hook (its <c>/plugin-help</c> JSON, read from the app's services);
    /// wins over <see cref="HookUrl"/>.
    /// </summary>
    public Func<IServiceProvider, CancellationToken, Task<byte[]>>? PluginHelp { get; init; }

    /// <summary>
    /// <c>--plugin-config</c>: the current plugins.yaml. With it, users trigger would let run <c>/test</c> on a PR may
    /// also rerun that PR's presubmits, as in Prow.
    /// </summary>
    public Func<PluginsConfig>? Plugins { get; init; }

    /// <summary><c>--rerun-creates-job</c>: POST <c>/rerun</c> creates the job (otherwise it only shows the YAML).</summary>
    public bool RerunCreatesJob { get; init; }

    /// <summary><c>--show-hidden</c>: include hidden jobs and repos in lists.</summary>
    public bool ShowHidden { get; init; }

    /// <summary><c>--hidden-only</c>: show only hidden jobs (a private deck instance).</summary>
    public bool HiddenOnly { get; init; }

    /// <summary>Contents of <c>--cookie-secret</c>: signs the login session. A random per-process key when unset.</summary>
    public byte[]? CookieSecret { get; init; }

    /// <summary>Contents of <c>--github-oauth-config-file</c>; login is off when null.</summary>
    public GitHubOAuthConfig? GitHubOAuth { get; init; }

    /// <summary>Where GitHub's OAuth pages live (<c>/login/oauth/authorize</c>, <c>/login/oauth/access_token</c>): github.com or the forge.</summary>
    public string GitHubOAuthHost { get; init; } = "https://github.com";

    /// <summary><c>--github-endpoint</c>: REST root used to identify logged-in users and bearer tokens.</summary>
    public string GitHubApiUrl { get; init; } = "https://api.github.com";

    /// <summary>Show the Tide entry in the header (Bowsprit's tide status page when it exists).</summary>
    public bool TideEnabled { get; init; }

    /// <summary>Rows per page on the job list unless the request asks for another size (capped at <see cref="MaxPageSize"/>).</summary>
    public int PageSize { get; init; } = 50;

    public int MaxPageSize { get; init; } = 500;

    /// <summary>
    /// Serialize each job's <c>/prowjobs.js</c> JSON in the background as soon as it is indexed, so even the first
    /// request after a start only copies bytes (costs about 1.5 KB of memory per job).
    /// </summary>
    public bool PrecomputeJson { get; init; } = true;

    /// <summary>Longest the job index waits after a change before publishing a new snapshot; bursts share one rebuild.</summary>
    public TimeSpan IndexRefreshDelay { get; init; } = TimeSpan.FromMilliseconds(100);
}

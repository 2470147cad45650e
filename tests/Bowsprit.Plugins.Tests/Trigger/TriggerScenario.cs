using Bowsprit.Core.Api;
using Bowsprit.Core.Config;
using Bowsprit.Core.Plugins;
using Bowsprit.GitHub.Models;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Plugins.Framework;
using Bowsprit.Plugins.Tests.Support;
using Bowsprit.Plugins.Trigger;

namespace Bowsprit.Plugins.Tests.Trigger;

/// <summary>
/// One forge, the trigger plugin and <see cref="TriggerJobs"/> for the harness's repository, with shortcuts to
/// drive the plugin the way hook would and to read back what it did.
/// </summary>
internal sealed class TriggerScenario : IAsyncDisposable
{
    private TriggerScenario(PluginHarness harness, ProwConfig config, PluginsConfig plugins)
    {
        Harness = harness;
        Config = config;
        Plugins = plugins;
    }

    public PluginHarness Harness { get; }

    public ProwConfig Config { get; }

    public PluginsConfig Plugins { get; set; }

    public TriggerPlugin Plugin { get; } = new();

    public string Repo => Harness.Repo;

    public static async Task<TriggerScenario> StartAsync(CancellationToken ct, string pluginsYaml = "{}\n")
    {
        var harness = await PluginHarness.StartAsync(ct);
        return new TriggerScenario(harness, PluginHarness.LoadConfig(TriggerJobs.Yaml(harness.Repo)), PluginHarness.LoadPlugins(pluginsYaml));
    }

    public PluginContext Context(string? eventGuid = null) => Harness.Context(Config, Plugins, eventGuid);

    /// <summary>Opens a PR touching <paramref name="files"/> (default <c>src/app.go</c>); no event is handled yet.</summary>
    public Task<PullRequest> OpenPullAsync(string author, CancellationToken ct, IReadOnlyDictionary<string, string?>? files = null, bool draft = false, string branch = "feature") =>
        Harness.OpenPullAsync(author, branch, files ?? new Dictionary<string, string?> { ["src/app.go"] = "package app" }, ct, draft: draft);

    /// <summary>Builds the <paramref name="action"/> event for the PR as it is now, lets <paramref name="edit"/> adjust it, and handles it.</summary>
    public async Task<PullRequestEvent> PullRequestAsync(int number, string action, string sender, CancellationToken ct, Action<PullRequestEvent>? edit = null, PluginContext? context = null)
    {
        var e = await Harness.PullRequestEventAsync(number, action, sender, ct);
        edit?.Invoke(e);
        await Plugin.HandlePullRequestAsync(context ?? Context(), e, ct);
        return e;
    }

    /// <summary>Opens a PR as <paramref name="author"/> and handles its <c>opened</c> event.</summary>
    public async Task<PullRequest> OpenAndHandleAsync(string author, CancellationToken ct, IReadOnlyDictionary<string, string?>? files = null, bool draft = false)
    {
        var pr = await OpenPullAsync(author, ct, files, draft);
        await PullRequestAsync(pr.Number, "opened", author, ct);
        return pr;
    }

    /// <summary>Posts a comment on the forge and hands its generic comment to the plugin.</summary>
    public async Task<GenericCommentEvent> CommentAsync(int number, string user, string body, CancellationToken ct, PluginContext? context = null)
    {
        var comment = await Harness.CommentAsync(number, user, body, ct);
        await Plugin.HandleGenericCommentAsync(context ?? Context(), comment, ct);
        return comment;
    }

    public async Task<IReadOnlyList<string>> LabelsAsync(int number, CancellationToken ct) =>
        [.. (await Harness.Client("alice").GetIssueLabelsAsync(PluginHarness.Org, Repo, number, ct)).Select(l => l.Name).Order(StringComparer.Ordinal)];

    /// <summary>The bot's comments on the PR, oldest first.</summary>
    public async Task<IReadOnlyList<string>> BotCommentsAsync(int number, CancellationToken ct) =>
        [.. (await Harness.Client("alice").ListIssueCommentsAsync(PluginHarness.Org, Repo, number, ct)).Where(c => c.User.Login == PluginHarness.Bot).Select(c => c.Body)];

    public IReadOnlyList<ProwJob> Jobs() => Harness.Jobs();

    /// <summary>Names of the jobs in <paramref name="state"/> (any state when null), sorted.</summary>
    public IReadOnlyList<string> JobNames(ProwJobState? state = ProwJobState.Triggered) =>
        [.. Jobs().Where(j => state is null || j.Status.State == state).Select(j => j.Spec.Job ?? "").Order(StringComparer.Ordinal)];

    public Task SetStatusAsync(string sha, string context, string state, CancellationToken ct) =>
        Harness.Client("alice").CreateStatusAsync(PluginHarness.Org, Repo, sha, state, context, null, null, ct);

    public ValueTask DisposeAsync() => Harness.DisposeAsync();
}

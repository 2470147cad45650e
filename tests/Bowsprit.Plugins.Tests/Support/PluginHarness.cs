using System.Net.Http.Json;
using Bowsprit.Core.Api;
using Bowsprit.Core.Config;
using Bowsprit.Core.Config.Loading;
using Bowsprit.Core.Plugins;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Forge.Api;
using Bowsprit.Forge.Hosting;
using Bowsprit.GitHub.Client;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Plugins.Framework;
using Bowsprit.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bowsprit.Plugins.Tests.Support;

/// <summary>
/// A forge in-process, an org (<c>acme</c>) with an admin (<c>alice</c>), a member (<c>bob</c>) and an outsider
/// (<c>eve</c>), one repository per harness, the bot user <c>bowsprit-bot</c> whose token plugins act with, and
/// an in-memory ProwJob store. Webhook payloads for handlers come from the forge's own payload builder via its
/// hook log, so handlers see exactly what GitHub-shaped deliveries contain.
/// </summary>
public sealed class PluginHarness : IAsyncDisposable
{
    public const string Org = "acme";
    public const string Bot = "bowsprit-bot";
    private readonly HttpClient _http = new();

    private PluginHarness(ForgeServer forge, string dataDir, string repo)
    {
        Forge = forge;
        DataDir = dataDir;
        Repo = repo;
    }

    public ForgeServer Forge { get; }

    public string DataDir { get; }

    public string Repo { get; }

    public Dictionary<string, string> Tokens { get; } = new(StringComparer.Ordinal);

    public InMemoryProwJobStore ProwJobs { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    public static async Task<PluginHarness> StartAsync(CancellationToken ct)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "bowsprit-plugin-tests", Guid.NewGuid().ToString("N"));
        var forge = await ForgeServer.StartAsync(new ForgeOptions { DataDir = dataDir }, ct: ct);
        var harness = new PluginHarness(forge, dataDir, "repo" + Guid.NewGuid().ToString("N")[..6]);
        foreach (var user in new[] { "alice", "bob", "eve", Bot })
        {
            await harness.AdminAsync(HttpMethod.Post, "users", new { login = user, email = $"{user}@example.test" }, ct);
            var token = await harness.AdminAsync(HttpMethod.Post, $"users/{user}/tokens", new { }, ct);
            harness.Tokens[user] = (await token.Content.ReadFromJsonAsync<Dictionary<string, string>>(ct))!["token"];
        }

        await harness.AdminAsync(HttpMethod.Post, "orgs", new { login = Org }, ct);
        await harness.AdminAsync(HttpMethod.Put, $"orgs/{Org}/members/alice", new { role = "admin" }, ct);
        await harness.AdminAsync(HttpMethod.Put, $"orgs/{Org}/members/bob", new { role = "member" }, ct);
        await harness.AdminAsync(HttpMethod.Put, $"orgs/{Org}/members/{Bot}", new { role = "member" }, ct);
        await harness.Client("alice").CreateOrgRepoAsync(Org, harness.Repo, autoInit: true, ct);
        return harness;
    }

    /// <summary>A GitHub client acting as <paramref name="user"/>.</summary>
    public GitHubClient Client(string user) =>
        new(_http, new GitHubClientOptions { ApiUrl = Forge.ApiUrl, Token = Tokens[user], RetryDelay = TimeSpan.FromMilliseconds(10) }, TimeProvider.System);

    /// <summary>The context a plugin gets, acting as the bot, with the given configs (plugins.yaml enables everything by default).</summary>
    public PluginContext Context(ProwConfig? config = null, PluginsConfig? plugins = null, string? eventGuid = null) => new()
    {
        GitHub = Client(Bot),
        Config = config ?? new ProwConfig(),
        Plugins = plugins ?? new PluginsConfig(),
        ProwJobs = ProwJobs,
        JobFactory = new ProwJobFactory(Time),
        Time = Time,
        Logger = NullLogger.Instance,
        BotLogin = Bot,
        EventGuid = eventGuid ?? Guid.NewGuid().ToString(),
    };

    /// <summary>Loads job config YAML (and optional config.yaml text) with the real loader; fails on errors.</summary>
    public static ProwConfig LoadConfig(string jobsYaml, string configYaml = "{}\n")
    {
        var dir = Path.Combine(Path.GetTempPath(), "bowsprit-plugin-config", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "config.yaml"), configYaml);
        File.WriteAllText(Path.Combine(dir, "jobs.yaml"), jobsYaml);
        var loaded = ProwConfigLoader.Load(new ConfigLoadOptions(Path.Combine(dir, "config.yaml"), Path.Combine(dir, "jobs.yaml")));
        Directory.Delete(dir, recursive: true);
        Assert.True(!loaded.Errors.Any(), string.Join("\n", loaded.Errors));
        return loaded.Config;
    }

    /// <summary>Parses plugins.yaml text with the real loader.</summary>
    public static PluginsConfig LoadPlugins(string yaml)
    {
        var file = Path.Combine(Path.GetTempPath(), $"plugins-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, yaml);
        var (config, diagnostics) = PluginsConfigLoader.Load(file);
        File.Delete(file);
        Assert.True(!diagnostics.Any(d => d.IsError), string.Join("\n", diagnostics));
        return config;
    }

    /// <summary>Commits files on a branch (created from main when new); returns the SHA.</summary>
    public async Task<string> CommitAsync(string branch, IReadOnlyDictionary<string, string?> files, CancellationToken ct)
    {
        var response = await AdminAsync(HttpMethod.Post, $"repos/{Org}/{Repo}/commits", new { branch, from = "main", message = "change", files }, ct);
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>(ct))!["sha"];
    }

    /// <summary>Opens a PR from a new branch with the given files, as <paramref name="author"/>.</summary>
    public async Task<GitHub.Models.PullRequest> OpenPullAsync(string author, string branch, IReadOnlyDictionary<string, string?> files, CancellationToken ct, string title = "A change", string? body = null, bool draft = false)
    {
        await CommitAsync(branch, files, ct);
        return await Client(author).CreatePullRequestAsync(Org, Repo, title, branch, "main", body, draft, ct);
    }

    /// <summary>A typed webhook payload the way GitHub would deliver it now, built by the forge from its state.</summary>
    public async Task<PullRequestEvent> PullRequestEventAsync(int number, string action, string sender, CancellationToken ct)
    {
        var pr = await Client(sender).GetPullRequestAsync(Org, Repo, number, ct);
        var repo = await Client(sender).GetRepositoryAsync(Org, Repo, ct);
        return new PullRequestEvent { Action = action, Number = number, PullRequest = pr, Repository = repo, Sender = await Client(sender).GetAuthenticatedUserAsync(ct) };
    }

    /// <summary>A generic comment from <paramref name="user"/> on issue/PR <paramref name="number"/>, also posted to the forge.</summary>
    public async Task<GenericCommentEvent> CommentAsync(int number, string user, string body, CancellationToken ct)
    {
        var client = Client(user);
        var comment = await client.CreateCommentAsync(Org, Repo, number, body, ct);
        var issue = await client.GetIssueAsync(Org, Repo, number, ct);
        var repo = await client.GetRepositoryAsync(Org, Repo, ct);
        return new GenericCommentEvent
        {
            Action = "created", IsPullRequest = issue.IsPullRequest, Body = body, HtmlUrl = comment.HtmlUrl, Number = number, Repo = repo,
            User = comment.User, IssueAuthor = issue.User, Assignees = issue.Assignees, IssueState = issue.State, IssueTitle = issue.Title,
            IssueBody = issue.Body, IssueHtmlUrl = issue.HtmlUrl, CommentId = comment.Id, Guid = Guid.NewGuid().ToString(),
        };
    }

    public async Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, $"{Forge.BaseUrl}/api/forge/{path}") { Content = body is null ? null : JsonContent.Create(body) };
        var response = await _http.SendAsync(request, ct);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        return response;
    }

    /// <summary>ProwJobs created so far, oldest first.</summary>
    public IReadOnlyList<ProwJob> Jobs() => [.. ProwJobs.Snapshot().OrderBy(j => j.Status.StartTime).ThenBy(j => j.Spec.Job, StringComparer.Ordinal)];

    public async ValueTask DisposeAsync()
    {
        await Forge.DisposeAsync();
        _http.Dispose();
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

using System.Net.Http.Json;
using Bowsprit.Forge.Api;
using Bowsprit.Forge.Hosting;
using Bowsprit.GitHub.Client;
using Bowsprit.Hook.Tests.Support;
using Bowsprit.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bowsprit.Hook.Tests.EndToEnd;

/// <summary>The forge delivers real signed webhooks to hook, and a plugin answers through the GitHub API.</summary>
public sealed class ForgeToHookTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ForgeComment_ReachesPlugin_WhichRepliesOnThePullRequest()
    {
        var forgeDir = Path.Combine(Path.GetTempPath(), "bowsprit-hook-e2e", Guid.NewGuid().ToString("N"));
        await using var forge = await ForgeServer.StartAsync(new ForgeOptions { DataDir = forgeDir }, ct: Ct);
        using var http = new HttpClient();
        var botToken = await UserAsync(http, forge.BaseUrl, "bowsprit-bot");
        var aliceToken = await UserAsync(http, forge.BaseUrl, "alice");
        (await http.PostAsJsonAsync($"{forge.BaseUrl}/api/forge/orgs", new { login = "acme" }, Ct)).EnsureSuccessStatusCode();
        (await http.PutAsJsonAsync($"{forge.BaseUrl}/api/forge/orgs/acme/members/alice", new { role = "admin" }, Ct)).EnsureSuccessStatusCode();
        var alice = new GitHubClient(http, new GitHubClientOptions { ApiUrl = forge.ApiUrl, Token = aliceToken }, TimeProvider.System);
        await alice.CreateOrgRepoAsync("acme", "widgets", autoInit: true, Ct);
        var issue = await alice.CreateIssueAsync("acme", "widgets", "Echo test", null, null, Ct);

        await using var hook = HookFixture.Create("plugins:\n  acme:\n    plugins: [recorder]\n");
        hook.GitHubUrl = forge.ApiUrl;
        hook.GitHubToken = botToken;
        var recorder = new RecordingPlugin();
        await hook.StartAsync([recorder], Ct);
        await alice.CreateRepoHookAsync("acme", "widgets", $"{hook.Url}/hook", HookFixture.Secret, ["*"], Ct);

        await alice.CreateCommentAsync("acme", "widgets", issue.Number, "/echo pong", Ct);

        var comments = await Poll(() => alice.ListIssueCommentsAsync("acme", "widgets", issue.Number, Ct), c => c.Count == 2);
        Assert.Equal("pong", comments[1].Body);
        Assert.Equal("bowsprit-bot", comments[1].User.Login);
        Assert.Contains($"comment:{issue.Number}:/echo pong", recorder.Seen);
    }

    [Fact]
    public async Task ExternalPlugin_ReceivesTheDeliveryReSigned()
    {
        var received = new TaskCompletionSource<(string Event, string Signature, string Body)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var external = builder.Build();
        external.MapPost("/", async (HttpContext http) =>
        {
            var body = await new StreamReader(http.Request.Body).ReadToEndAsync(http.RequestAborted);
            received.TrySetResult((http.Request.Headers["X-GitHub-Event"].ToString(), http.Request.Headers["X-Hub-Signature-256"].ToString(), body));
            return Results.Ok();
        });
        await external.StartAsync(Ct);
        var url = external.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        await using var hook = HookFixture.Create($"external_plugins:\n  acme/widgets:\n  - name: needs-rebase\n    endpoint: {url}/\n    events: [issue_comment]\n");
        await hook.StartAsync([], Ct);
        var body = HookFixture.Comment("acme", "widgets", 4, "/rebase");
        await hook.PostAsync("issue_comment", body, Ct);

        var (eventName, signature, forwarded) = await received.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Assert.Equal("issue_comment", eventName);
        Assert.Equal(body, forwarded);
        Assert.True(Bowsprit.GitHub.Webhooks.WebhookSignature.Verify(System.Text.Encoding.UTF8.GetBytes(forwarded), signature, [HookFixture.Secret]));
    }

    [Fact]
    public async Task BuiltInPlugins_OverSignedWebhooks_CreateJobsLabelAndComment()
    {
        var forgeDir = Path.Combine(Path.GetTempPath(), "bowsprit-hook-e2e", Guid.NewGuid().ToString("N"));
        await using var forge = await ForgeServer.StartAsync(new ForgeOptions { DataDir = forgeDir }, ct: Ct);
        using var http = new HttpClient();
        var botToken = await UserAsync(http, forge.BaseUrl, "bowsprit-bot");
        var aliceToken = await UserAsync(http, forge.BaseUrl, "alice");
        (await http.PostAsJsonAsync($"{forge.BaseUrl}/api/forge/orgs", new { login = "acme" }, Ct)).EnsureSuccessStatusCode();
        (await http.PutAsJsonAsync($"{forge.BaseUrl}/api/forge/orgs/acme/members/alice", new { role = "admin" }, Ct)).EnsureSuccessStatusCode();
        (await http.PutAsJsonAsync($"{forge.BaseUrl}/api/forge/orgs/acme/members/bowsprit-bot", new { role = "member" }, Ct)).EnsureSuccessStatusCode();
        var alice = new GitHubClient(http, new GitHubClientOptions { ApiUrl = forge.ApiUrl, Token = aliceToken }, TimeProvider.System);
        await alice.CreateOrgRepoAsync("acme", "widgets", autoInit: true, Ct);

        await using var hook = HookFixture.Create("plugins:\n  acme:\n    plugins: [trigger, size, hold]\n");
        await File.WriteAllTextAsync(hook.ConfigPath, """
            presubmits:
              acme/widgets:
              - name: unit
                always_run: true
                spec:
                  containers:
                  - image: alpine
                    command: ["true"]
            """, Ct);
        hook.GitHubUrl = forge.ApiUrl;
        hook.GitHubToken = botToken;
        await hook.StartAsync(BuiltInPlugins.Create(), Ct);
        await alice.CreateRepoHookAsync("acme", "widgets", $"{hook.Url}/hook", HookFixture.Secret, ["*"], Ct);

        (await http.PostAsJsonAsync($"{forge.BaseUrl}/api/forge/repos/acme/widgets/commits",
            new { branch = "fix", from = "main", message = "Fix", files = new Dictionary<string, string> { ["fix.txt"] = "fixed\n" } }, Ct)).EnsureSuccessStatusCode();
        var pull = await alice.CreatePullRequestAsync("acme", "widgets", "Fix it", "fix", "main", null, draft: false, Ct);
        await Poll(() => Task.FromResult(hook.ProwJobs.Snapshot()), jobs => jobs.Count == 1);
        await alice.CreateCommentAsync("acme", "widgets", pull.Number, "/hold", Ct);
        await alice.CreateCommentAsync("acme", "widgets", pull.Number, "/test nope", Ct);

        var labelled = await Poll(() => alice.GetIssueAsync("acme", "widgets", pull.Number, Ct),
            i => i.Labels.Any(l => l.Name == "do-not-merge/hold") && i.Labels.Any(l => l.Name == "size/XS"));
        var comments = await Poll(() => alice.ListIssueCommentsAsync("acme", "widgets", pull.Number, Ct), c => c.Any(x => x.User.Login == "bowsprit-bot"));
        var job = Assert.Single(hook.ProwJobs.Snapshot());

        Assert.Equal("unit", job.Spec.Job);
        Assert.Equal(pull.Number, job.Spec.Refs!.Pulls![0].Number);
        Assert.Equal(pull.Head.Sha, job.Spec.Refs.Pulls[0].Sha);
        Assert.Contains(labelled.Labels, l => l.Name == "size/XS");
        Assert.Contains("/test unit", comments.Single(c => c.User.Login == "bowsprit-bot").Body, StringComparison.Ordinal);
    }

    private static async Task<string> UserAsync(HttpClient http, string forge, string login)
    {
        (await http.PostAsJsonAsync($"{forge}/api/forge/users", new { login }, Ct)).EnsureSuccessStatusCode();
        var response = await http.PostAsJsonAsync($"{forge}/api/forge/users/{login}/tokens", new { }, Ct);
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>(Ct))!["token"];
    }

    private static async Task<T> Poll<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, "condition not met within 15s");
            await Task.Delay(50, Ct);
        }
    }
}

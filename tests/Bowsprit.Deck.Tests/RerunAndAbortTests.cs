using Bowsprit.Core.Api;
using Bowsprit.Deck.Tests.Support;
using Bowsprit.Testing;

namespace Bowsprit.Deck.Tests;

/// <summary>Rerun and abort through HTTP with the forge as GitHub: who may, who may not, and CSRF.</summary>
public sealed class RerunAndAbortTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Setup(TestForge Forge, DeckHost Deck, InMemoryProwJobStore Store, string AliceToken, string BobToken, string CarolToken) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Deck.DisposeAsync();
            await Forge.DisposeAsync();
        }
    }

    private static Task<Setup> StartAsync(params ProwJob[] jobs) => StartAsync(null, jobs);

    private static async Task<Setup> StartAsync(Core.Plugins.PluginsConfig? plugins, params ProwJob[] jobs)
    {
        var forge = await TestForge.StartAsync(Ct);
        var alice = await forge.UserAsync("alice", Ct);
        var bob = await forge.UserAsync("bob", Ct);
        var carol = await forge.UserAsync("carol", Ct);
        await forge.OrgAsync("trusted", ["carol"], Ct);
        await forge.UserAsync("dave", Ct);
        await forge.OrgAsync("org", ["dave"], Ct);
        var admin = await forge.UserAsync("deck-bot", Ct);
        var store = new InMemoryProwJobStore();
        foreach (var job in jobs)
        {
            await store.CreateAsync(job, Ct);
        }

        var config = DeckHost.LoadConfig("""
            deck:
              rerun_auth_configs:
                "*":
                  github_users: [alice]
                "org/open":
                  allow_anyone: true
                "org/b":
                  github_orgs: [trusted]
            presubmits:
              org/a:
              - name: pull-a-unit
                always_run: true
                branches: [main]
                spec: {containers: [{image: busybox, command: ["true"]}]}
            """);
        var deck = await DeckHost.StartAsync(store, c => new DeckOptions
        {
            Config = c,
            RerunCreatesJob = true,
            Plugins = plugins is null ? null : () => plugins,
            GitHubApiUrl = forge.Server.ApiUrl,
            GitHubOAuthHost = forge.Server.BaseUrl,
            GitHubOAuth = new GitHubOAuthConfig { ClientId = "deck", ClientSecret = "s3cret", RedirectUrl = "/github-login/redirect" },
        }, config, forge.Client(admin), Ct);
        return new Setup(forge, deck, store, alice, bob, carol);
    }

    [Fact]
    public async Task AuthorizedBearerReruns_WithSameSpecNewNameAndDescription()
    {
        var old = TestJobs.Make("pull-unit", "org/a", pull: 7, state: ProwJobState.Failure, name: "old-run");
        await using var setup = await StartAsync(old);
        using var client = new Browser();

        var (status, body) = await client.PostAsync(setup.Deck.BaseUrl + "/rerun?prowjob=old-run", csrf: null, Ct, bearer: setup.AliceToken);

        Assert.Equal(200, status);
        Assert.Equal("Job successfully triggered. Wait 30 seconds and refresh the page for the job to show up.", body);
        var rerun = Assert.Single(setup.Store.Snapshot(), j => j.Name != "old-run");
        Assert.Equal(ProwJobState.Triggered, rerun.Status.State);
        Assert.Equal("alice successfully reran old-run.", rerun.Status.Description);
        Assert.Equal("pull-unit", rerun.Spec.Job);
        Assert.Equal(7, rerun.Spec.Refs!.Pulls![0].Number);
        Assert.Null(rerun.Status.BuildId);
        Assert.Equal("true", rerun.Metadata.Labels[ProwJobLabels.CreatedByProw]);
        Assert.False(rerun.Metadata.Labels.ContainsKey(ProwJobLabels.BuildId));
        var indexed = await setup.Deck.WaitForIndexAsync(s => s.Get(rerun.Name) is not null, Ct);
        Assert.Equal(rerun.Name, indexed.Jobs[0].Name);
    }

    [Fact]
    public async Task AnonymousIsRefused_UnlistedUserIsRefused_OrgMemberIsAllowed()
    {
        await using var setup = await StartAsync(
            TestJobs.Make("pull-unit", "org/a", pull: 7, state: ProwJobState.Failure, name: "a-run"),
            TestJobs.Make("pull-unit", "org/b", pull: 8, state: ProwJobState.Failure, name: "b-run"));
        using var anonymous = new Browser();
        var csrf = Browser.CsrfToken(await anonymous.GetPageAsync(setup.Deck.BaseUrl + "/", Ct));

        var (anonStatus, anonBody) = await anonymous.PostAsync(setup.Deck.BaseUrl + "/rerun?prowjob=a-run", csrf, Ct);
        Assert.Equal(401, anonStatus);
        Assert.Contains("Error retrieving GitHub login", anonBody, StringComparison.Ordinal);

        var (bobStatus, bobBody) = await anonymous.PostAsync(setup.Deck.BaseUrl + "/rerun?prowjob=a-run", null, Ct, bearer: setup.BobToken);
        Assert.Equal(403, bobStatus);
        Assert.Equal("You don't have permission to rerun that job.", bobBody);

        var (badTokenStatus, _) = await anonymous.PostAsync(setup.Deck.BaseUrl + "/rerun?prowjob=a-run", null, Ct, bearer: "not-a-token");
        Assert.Equal(401, badTokenStatus);

        var (carolOnA, _) = await anonymous.PostAsync(setup.Deck.BaseUrl + "/rerun?prowjob=a-run", null, Ct, bearer: setup.CarolToken);
        Assert.Equal(403, carolOnA);
        var (carolOnB, _) = await anonymous.PostAsync(setup.Deck.BaseUrl + "/rerun?prowjob=b-run", null, Ct, bearer: setup.CarolToken);
        Assert.Equal(200, carolOnB);
        Assert.Equal(3, setup.Store.Snapshot().Count);
    }

    [Fact]
    public async Task WithPluginsConfigOrgMembersMayRerunPresubmitsAsWithTest()
    {
        await using var setup = await StartAsync(new Core.Plugins.PluginsConfig(),
            TestJobs.Make("pull-unit", "org/a", pull: 3, state: ProwJobState.Failure, name: "pre"),
            TestJobs.Make("post-build", "org/a", state: ProwJobState.Failure, name: "post"));
        using var client = new Browser();
        var daveToken = await setup.Forge.UserAsync("dave", Ct);

        var (pre, _) = await client.PostAsync(setup.Deck.BaseUrl + "/rerun?prowjob=pre", null, Ct, bearer: daveToken);
        var (post, _) = await client.PostAsync(setup.Deck.BaseUrl + "/rerun?prowjob=post", null, Ct, bearer: daveToken);
        var (bob, _) = await client.PostAsync(setup.Deck.BaseUrl + "/rerun?prowjob=pre", null, Ct, bearer: setup.BobToken);

        Assert.Equal(200, pre);
        Assert.Equal(403, post);
        Assert.Equal(403, bob);
    }

    [Fact]
    public async Task CookieSessionsNeedTheCsrfToken_AllowAnyoneNeedsNoLogin()
    {
        await using var setup = await StartAsync(TestJobs.Make("pull-open", "org/open", pull: 1, state: ProwJobState.Failure, name: "open-run"));
        using var browser = new Browser();
        var csrf = Browser.CsrfToken(await browser.GetPageAsync(setup.Deck.BaseUrl + "/", Ct));

        var (missing, missingBody) = await browser.PostAsync(setup.Deck.BaseUrl + "/rerun?prowjob=open-run", null, Ct);
        Assert.Equal(403, missing);
        Assert.Equal("Forbidden - CSRF token invalid", missingBody);
        var (forged, _) = await browser.PostAsync(setup.Deck.BaseUrl + "/rerun?prowjob=open-run", csrf[..^4] + "AAAA", Ct);
        Assert.Equal(403, forged);
        Assert.Single(setup.Store.Snapshot());

        var (ok, okBody) = await browser.PostAsync(setup.Deck.BaseUrl + "/rerun?prowjob=open-run", csrf, Ct);
        Assert.Equal(200, ok);
        Assert.StartsWith("Job successfully triggered", okBody, StringComparison.Ordinal);
        Assert.Contains(setup.Store.Snapshot(), j => j.Status.Description == "Successfully reran open-run.");
    }

    [Fact]
    public async Task LatestModeRebuildsTheSpecFromCurrentConfigKeepingComponentLabels()
    {
        var old = TestJobs.Make("pull-a-unit", "org/a", pull: 4, state: ProwJobState.Failure, name: "stale");
        old.Metadata.Labels[ProwJobLabels.EventGuid] = "delivery-1";
        old.Metadata.Labels["team"] = "old-value";
        await using var setup = await StartAsync(old);
        using var client = new Browser();

        var (status, _) = await client.PostAsync(setup.Deck.BaseUrl + "/rerun?prowjob=stale&mode=latest", null, Ct, bearer: setup.AliceToken);

        Assert.Equal(200, status);
        var rerun = Assert.Single(setup.Store.Snapshot(), j => j.Name != "stale");
        Assert.Equal(["true"], rerun.Spec.PodSpec!.Containers[0].Command);
        Assert.Null(rerun.Spec.DecorationConfig);
        Assert.Equal("delivery-1", rerun.Metadata.Labels[ProwJobLabels.EventGuid]);
        Assert.False(rerun.Metadata.Labels.ContainsKey("team"));
        Assert.Equal(4, rerun.Spec.Refs!.Pulls![0].Number);
    }

    [Fact]
    public async Task RerunGetShowsTheNewJobAsYamlWithoutCreatingIt()
    {
        await using var setup = await StartAsync(TestJobs.Make("pull-unit", "org/a", pull: 7, name: "yaml-run"));
        using var http = new HttpClient();

        var yaml = await http.GetStringAsync(setup.Deck.BaseUrl + "/rerun?prowjob=yaml-run", Ct);

        Assert.Contains("kind: ProwJob", yaml, StringComparison.Ordinal);
        Assert.Contains("  job: pull-unit", yaml, StringComparison.Ordinal);
        Assert.Contains("  state: triggered", yaml, StringComparison.Ordinal);
        Assert.Single(setup.Store.Snapshot());
        Assert.Equal(404, (int)(await http.GetAsync(setup.Deck.BaseUrl + "/rerun?prowjob=missing", Ct)).StatusCode);
    }

    [Fact]
    public async Task AbortSetsAbortedOnlyForRunningJobsAndOnlyForAllowedUsers()
    {
        await using var setup = await StartAsync(
            TestJobs.Make("pull-unit", "org/a", pull: 7, state: ProwJobState.Pending, name: "running"),
            TestJobs.Make("pull-unit", "org/a", pull: 7, state: ProwJobState.Success, name: "done"));
        using var client = new Browser();

        var (refused, refusedBody) = await client.PostAsync(setup.Deck.BaseUrl + "/abort?prowjob=running", null, Ct, bearer: setup.BobToken);
        Assert.Equal(401, refused);
        Assert.Equal("You don't have permission to abort this job.", refusedBody);

        var (ok, okBody) = await client.PostAsync(setup.Deck.BaseUrl + "/abort?prowjob=running", null, Ct, bearer: setup.AliceToken);
        Assert.Equal(200, ok);
        Assert.Equal("Job successfully aborted.", okBody);
        var aborted = await setup.Store.GetAsync("running", Ct);
        Assert.Equal(ProwJobState.Aborted, aborted!.Status.State);
        Assert.Equal("alice successfully aborted running.", aborted.Status.Description);

        var (finished, finishedBody) = await client.PostAsync(setup.Deck.BaseUrl + "/abort?prowjob=done", null, Ct, bearer: setup.AliceToken);
        Assert.Equal(400, finished);
        Assert.Equal("Cannot abort job with state: \"success\".", finishedBody);
    }

    [Fact]
    public async Task GitHubLoginThroughTheForgeSignsTheUserIn()
    {
        await using var setup = await StartAsync(TestJobs.Make("pull-unit", "org/a", pull: 7, state: ProwJobState.Failure, name: "login-run"));
        using var browser = new Browser();

        // Deck sends the browser to the forge's authorize page; the user names themselves there.
        var authorize = await browser.GetPageAsync(setup.Deck.BaseUrl + "/github-login?dest=%2F", Ct);
        Assert.Contains("Authorize deck", authorize, StringComparison.Ordinal);
        var state = System.Text.RegularExpressions.Regex.Match(authorize, "name=\"state\" value=\"([^\"]+)\"").Groups[1].Value;
        var redirect = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(authorize, "name=\"redirect_uri\" value=\"([^\"]+)\"").Groups[1].Value);
        Assert.Equal(setup.Deck.BaseUrl + "/github-login/redirect", redirect);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "deck", ["redirect_uri"] = redirect, ["state"] = state, ["login"] = "alice",
        });
        var landed = await browser.Http.PostAsync(setup.Forge.Server.BaseUrl + "/login/oauth/authorize", form, Ct);
        var page = await landed.Content.ReadAsStringAsync(Ct);
        Assert.True(landed.IsSuccessStatusCode, page);
        Assert.Contains("Signed in as <strong>alice</strong>", page, StringComparison.Ordinal);

        var (status, _) = await browser.PostAsync(setup.Deck.BaseUrl + "/rerun?prowjob=login-run", Browser.CsrfToken(page), Ct);
        Assert.Equal(200, status);
        Assert.Contains(setup.Store.Snapshot(), j => j.Status.Description == "alice successfully reran login-run.");
    }
}

using System.Text;
using Bowsprit.Core.Api;
using Bowsprit.Deck.Tests.Support;
using Bowsprit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Deck.Tests;

public sealed class PageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal const string PluginHelpJson = """
        {"AllRepos":["org","org/a"],"RepoPlugins":{"org":["trigger"],"org/a":["hold"]},"RepoExternalPlugins":{"org/a":["needs-rebase"]},
         "PluginHelp":{"trigger":{"Description":"Runs jobs on PRs.","Config":{"":"trusted org: org"},"Events":["pull_request","issue_comment"],
           "Commands":[{"Usage":"/test [<job>|all]","Featured":true,"Description":"Runs the named jobs.","Examples":["/test all"],"WhoCanUse":"Org members"}]},
           "hold":{"Description":"Holds a PR.","Events":["issue_comment"],"Commands":[{"Usage":"/hold [cancel]","Featured":false,"Description":"Adds or removes the hold label.","Examples":["/hold"],"WhoCanUse":"Anyone"}]},
           "size":{"Description":"Labels PR size.","Events":["pull_request"],"Commands":[]}},
         "ExternalPluginHelp":{"needs-rebase":{"Description":"Labels PRs that need a rebase.","Commands":[]}}}
        """;

    [Fact]
    public async Task ConfiguredJobsShowWhatRunsForARepoAndBranch()
    {
        await using var deck = await DeckHost.StartAsync(new InMemoryProwJobStore(), c => new DeckOptions { Config = c }, ct: Ct);
        using var browser = new Browser();

        var index = await browser.GetPageAsync(deck.BaseUrl + "/configured-jobs/", Ct);
        Assert.Contains("href=\"/configured-jobs/org/a\"", index, StringComparison.Ordinal);

        var main = await browser.GetPageAsync(deck.BaseUrl + "/configured-jobs/go?repo=org%2Fa&branch=main", Ct);
        Assert.Contains("pull-a-unit", main, StringComparison.Ordinal);
        Assert.DoesNotContain("pull-a-release-only", main, StringComparison.Ordinal);
        Assert.Contains("post-a-build", main, StringComparison.Ordinal);
        Assert.Contains("ci-nightly", main, StringComparison.Ordinal);

        var release = await browser.GetPageAsync(deck.BaseUrl + "/configured-jobs/org/a?branch=release-1.0", Ct);
        Assert.DoesNotContain(">pull-a-unit<", release, StringComparison.Ordinal);
        Assert.Contains(">pull-a-release-only<", release, StringComparison.Ordinal);
        Assert.DoesNotContain(">ci-nightly<", release, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrHistoryGroupsRunsByHeadShaAndJobHistoryPagesByBuild()
    {
        var store = new InMemoryProwJobStore();
        await store.CreateAsync(TestJobs.Make("pull-unit", "org/a", pull: 9, sha: "1111111aaaa", minute: 1, state: ProwJobState.Failure), Ct);
        await store.CreateAsync(TestJobs.Make("pull-lint", "org/a", pull: 9, sha: "1111111aaaa", minute: 2), Ct);
        await store.CreateAsync(TestJobs.Make("pull-unit", "org/a", pull: 9, sha: "2222222bbbb", minute: 3), Ct);
        for (var i = 0; i < 25; i++)
        {
            await store.CreateAsync(TestJobs.Make("ci-periodic", null, minute: 100 + i), Ct);
        }

        await using var deck = await DeckHost.StartAsync(store, c => new DeckOptions { Config = c }, ct: Ct);
        using var browser = new Browser();

        var pr = await browser.GetPageAsync(deck.BaseUrl + "/pr-history?org=org&repo=a&pr=9", Ct);
        var newer = pr.IndexOf(">2222222<", StringComparison.Ordinal);
        var older = pr.IndexOf(">1111111<", StringComparison.Ordinal);
        Assert.True(newer > 0 && older > newer, "the newest head comes first");
        Assert.Equal(2, pr.Split("<section", StringSplitOptions.None).Length - 1);

        var prs = await browser.GetPageAsync(deck.BaseUrl + "/pr?author=alice", Ct);
        Assert.Contains("PR 9", prs, StringComparison.Ordinal);

        var history = await browser.GetPageAsync(deck.BaseUrl + "/job-history/s3/artifacts/logs/ci-periodic", Ct);
        Assert.Contains("25 runs", history, StringComparison.Ordinal);
        Assert.Contains("1700000000000000124", history, StringComparison.Ordinal);
        Assert.Contains("?buildId=1700000000000000105", history, StringComparison.Ordinal);
        var older5 = await browser.GetPageAsync(deck.BaseUrl + "/job-history/s3/artifacts/logs/ci-periodic?buildId=1700000000000000105", Ct);
        Assert.Contains("5 runs older than build 1700000000000000105", older5, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandAndPluginHelpComeFromAnInProcessHook()
    {
        await using var deck = await DeckHost.StartAsync(new InMemoryProwJobStore(),
            c => new DeckOptions { Config = c, PluginHelp = (_, _) => Task.FromResult(Encoding.UTF8.GetBytes(PluginHelpJson)) }, ct: Ct);
        using var browser = new Browser();

        var commands = await browser.GetPageAsync(deck.BaseUrl + "/command-help", Ct);
        Assert.True(commands.IndexOf("/test [&lt;job&gt;|all]", StringComparison.Ordinal) < commands.IndexOf("/hold [cancel]", StringComparison.Ordinal), "featured first");
        var forA = await browser.GetPageAsync(deck.BaseUrl + "/plugins?repo=org%2Fa", Ct);
        Assert.Contains("id=\"plugin-trigger\"", forA, StringComparison.Ordinal);
        Assert.Contains("id=\"plugin-needs-rebase\"", forA, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"plugin-size\"", forA, StringComparison.Ordinal);

        var redirect = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }).GetAsync(deck.BaseUrl + "/plugin-help", Ct);
        Assert.Equal(301, (int)redirect.StatusCode);
    }

    [Fact]
    public async Task PluginHelpIsFetchedFromHookUrl()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var hook = builder.Build();
        hook.MapGet("/plugin-help", () => Results.Text(PluginHelpJson, "application/json"));
        await hook.StartAsync(Ct);
        var hookUrl = hook.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/plugin-help";
        await using var deck = await DeckHost.StartAsync(new InMemoryProwJobStore(), c => new DeckOptions { Config = c, HookUrl = hookUrl }, ct: Ct);
        using var http = new HttpClient();

        var js = await http.GetStringAsync(deck.BaseUrl + "/plugin-help.js?var=allHelp", Ct);
        Assert.StartsWith("var allHelp = {\"AllRepos\"", js, StringComparison.Ordinal);
        var page = await http.GetStringAsync(deck.BaseUrl + "/command-help?repo=org%2Fa", Ct);
        Assert.Contains("/hold [cancel]", page, StringComparison.Ordinal);
        await hook.StopAsync(Ct);
    }
}

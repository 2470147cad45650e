using System.Text.RegularExpressions;
using Bowsprit.Core.Api;
using Bowsprit.Deck.Tests.Support;
using Bowsprit.Testing;

namespace Bowsprit.Deck.Tests;

public sealed partial class JobListTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>120 jobs: 3 repos, presubmits with PRs by two authors, every fifth a failure, two clusters.</summary>
    private static async Task<InMemoryProwJobStore> SeedAsync()
    {
        var store = new InMemoryProwJobStore();
        for (var i = 0; i < 120; i++)
        {
            var repo = $"org/{"abc"[i % 3]}";
            await store.CreateAsync(TestJobs.Make(i % 2 == 0 ? "pull-unit" : "pull-e2e", repo, pull: 10 + (i % 4), author: i % 4 == 0 ? "bob" : "alice",
                state: i % 5 == 0 ? ProwJobState.Failure : ProwJobState.Success, minute: i, cluster: i % 6 == 0 ? "gpu" : null), Ct);
        }

        return store;
    }

    private static DeckOptions Options(Func<Core.Config.ProwConfig> config) => new() { Config = config, RerunCreatesJob = true };

    [Fact]
    public async Task FirstPageShowsNewestFiftyWithLinks()
    {
        await using var deck = await DeckHost.StartAsync(await SeedAsync(), Options, ct: Ct);
        using var browser = new Browser();

        var html = await browser.GetPageAsync(deck.BaseUrl + "/", Ct);

        Assert.Contains("Jobs 1–50 of 120", html, StringComparison.Ordinal);
        Assert.Equal(50, Rows(html));
        Assert.Contains("href=\"https://deck.example/view/s3/artifacts/logs/pull-e2e/1700000000000000119\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://github.com/org/a/pull/13\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/job-history/s3/artifacts/pr-logs/directory/pull-e2e\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiltersCombineAndPagingFollowsThem()
    {
        await using var deck = await DeckHost.StartAsync(await SeedAsync(), Options, ct: Ct);
        using var browser = new Browser();

        var failures = await browser.GetPageAsync(deck.BaseUrl + "/?state=failure&repo=org%2Fa", Ct);
        Assert.Contains("of 8", failures, StringComparison.Ordinal);
        Assert.Equal(8, Rows(failures));
        Assert.DoesNotContain("data-state=\"success\"", failures, StringComparison.Ordinal);

        var bobGpu = await browser.GetPageAsync(deck.BaseUrl + "/?author=bob&cluster=gpu", Ct);
        Assert.Contains("of 10", bobGpu, StringComparison.Ordinal);

        var wildcard = await browser.GetPageAsync(deck.BaseUrl + "/?job=pull-e*&type=presubmit&pull=11", Ct);
        Assert.Contains("of 30", wildcard, StringComparison.Ordinal);

        var page2 = await browser.GetPageAsync(deck.BaseUrl + "/?job=pull-unit&per_page=25&page=2", Ct);
        Assert.Contains("Jobs 26–50 of 60", page2, StringComparison.Ordinal);
        Assert.Equal(25, Rows(page2));
        Assert.Contains("job=pull-unit&amp;per_page=25&amp;page=3", page2, StringComparison.Ordinal);

        var none = await browser.GetPageAsync(deck.BaseUrl + "/?repo=nobody%2Fnothing", Ct);
        Assert.Contains("No jobs match.", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HiddenJobsAndDataAreNeverRenderedRaw()
    {
        var store = new InMemoryProwJobStore();
        await store.CreateAsync(TestJobs.Make("<script>alert(1)</script>", "org/a", pull: 1, author: "\"><img src=x>"), Ct);
        await store.CreateAsync(TestJobs.Make("secret-job", "org/a", hidden: true), Ct);
        await using var deck = await DeckHost.StartAsync(store, Options, ct: Ct);
        using var browser = new Browser();

        var html = await browser.GetPageAsync(deck.BaseUrl + "/", Ct);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-job", html, StringComparison.Ordinal);
        Assert.Contains("Jobs 1–1 of 1", html, StringComparison.Ordinal);
    }

    private static int Rows(string html) => RowPattern().Count(html);

    [GeneratedRegex("<tr data-state=")]
    private static partial Regex RowPattern();
}

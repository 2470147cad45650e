using System.Text.Json;
using Bowsprit.Core.Api;
using Bowsprit.Deck.Tests.Support;
using Bowsprit.Testing;

namespace Bowsprit.Deck.Tests;

public sealed class JsonEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DeckOptions Options(Func<Core.Config.ProwConfig> config) => new() { Config = config };

    private static async Task<DeckHost> StartAsync()
    {
        var store = new InMemoryProwJobStore();
        await store.CreateAsync(TestJobs.Make("pull-unit", "org/a", pull: 1, author: "alice", minute: 1), Ct);
        await store.CreateAsync(TestJobs.Make("pull-unit", "org/a", pull: 2, author: "bob", state: ProwJobState.Failure, minute: 2), Ct);
        await store.CreateAsync(TestJobs.Make("pull-lint", "org/b", pull: 3, author: "bob", minute: 3), Ct);
        await store.CreateAsync(TestJobs.Make("ci-nightly", null, state: ProwJobState.Pending, minute: 4), Ct);
        await store.CreateAsync(TestJobs.Make("pull-secret", "org/a", pull: 5, hidden: true, minute: 5), Ct);
        return await DeckHost.StartAsync(store, Options, ct: Ct);
    }

    [Fact]
    public async Task ProwJobsJsHasProwsShapeNewestFirstWithoutHiddenJobs()
    {
        await using var deck = await StartAsync();
        using var http = new HttpClient();

        var response = await http.GetAsync(deck.BaseUrl + "/prowjobs.js", Ct);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store, must-revalidate", response.Headers.CacheControl!.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["ci-nightly", "pull-lint", "pull-unit", "pull-unit"], items.Select(i => i.GetProperty("spec").GetProperty("job").GetString()));
        var first = items[0];
        Assert.Equal("prow.k8s.io/v1", first.GetProperty("apiVersion").GetString());
        Assert.Equal("ProwJob", first.GetProperty("kind").GetString());
        Assert.Equal("pending", first.GetProperty("status").GetProperty("state").GetString());
        Assert.Equal("2026-11-01T12:04:00Z", first.GetProperty("status").GetProperty("startTime").GetString());
        Assert.True(first.GetProperty("metadata").TryGetProperty("labels", out _));
        Assert.Equal("busybox", first.GetProperty("spec").GetProperty("pod_spec").GetProperty("containers")[0].GetProperty("image").GetString());
    }

    [Fact]
    public async Task ProwJobsJsFiltersOmitsAndWrapsInAVariable()
    {
        await using var deck = await StartAsync();
        using var http = new HttpClient();

        var body = await http.GetStringAsync(deck.BaseUrl + "/prowjobs.js?var=allBuilds&omit=annotations,labels,decoration_config,pod_spec&repo=a&owner=bob", Ct);

        Assert.StartsWith("var allBuilds = {\"items\":[", body, StringComparison.Ordinal);
        Assert.EndsWith("]};", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body["var allBuilds = ".Length..^1]);
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(2, item.GetProperty("spec").GetProperty("refs").GetProperty("pulls")[0].GetProperty("number").GetInt32());
        Assert.False(item.GetProperty("metadata").TryGetProperty("labels", out _));
        Assert.False(item.GetProperty("metadata").TryGetProperty("annotations", out _));
        Assert.False(item.GetProperty("spec").TryGetProperty("decoration_config", out _));
        var container = Assert.Single(item.GetProperty("spec").GetProperty("pod_spec").GetProperty("containers").EnumerateArray());
        Assert.Equal("""{"name":"","resources":{}}""", container.GetRawText());

        var byOrg = await http.GetStringAsync(deck.BaseUrl + "/prowjobs.js?org=org", Ct);
        Assert.Equal(3, JsonDocument.Parse(byOrg).RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task BadgeReportsTheNewestRunOfEachMatchingJob()
    {
        await using var deck = await StartAsync();
        using var http = new HttpClient();

        var failing = await http.GetAsync(deck.BaseUrl + "/badge.svg?jobs=pull-*", Ct);
        Assert.Equal("image/svg+xml", failing.Content.Headers.ContentType!.MediaType);
        var svg = await failing.Content.ReadAsStringAsync(Ct);
        Assert.Contains("failing pull-unit", svg, StringComparison.Ordinal);
        Assert.Contains("#e05d44", svg, StringComparison.Ordinal);

        var passing = await http.GetStringAsync(deck.BaseUrl + "/badge.svg?jobs=pull-lint,ci-*", Ct);
        Assert.Contains(">passing<", passing, StringComparison.Ordinal);

        var none = await http.GetStringAsync(deck.BaseUrl + "/badge.svg?jobs=nothing-*", Ct);
        Assert.Contains(">no results<", none, StringComparison.Ordinal);

        var missing = await http.GetAsync(deck.BaseUrl + "/badge.svg", Ct);
        Assert.Equal(400, (int)missing.StatusCode);
    }
}

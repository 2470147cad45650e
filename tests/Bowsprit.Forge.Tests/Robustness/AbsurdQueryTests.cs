namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>Query strings no client should send, to every route.</summary>
public sealed class AbsurdQueryTests(GarbageWorld world) : IClassFixture<GarbageWorld>
{
    public static TheoryData<string> Queries =>
    [
        "per_page=-1&page=-5",
        "page=99999999999&per_page=99999999999",
        "page=2147483647&per_page=100",
        "ref=../../etc/passwd",
        "ref=-x&sha=--output=x",
        "ref=%00&state=%00&labels=,,,%00&sort=&order=asc&direction=sideways",
        "q=is:pr%20repo:../..%20label:%22&head=:&base=&state=all",
        "q=" + new string('x', 4_000),
        "protected=maybe&role=admin&service=git-upload-pack",
        "service=git-receive-pack",
        "%zz=%zz&=&&&=x",
        string.Join('&', Enumerable.Range(0, 500).Select(i => $"k{i}=v")),
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task AbsurdQuery_EveryRoute_NeverServerError(string query)
    {
        var probe = new GarbageProbe(world);

        foreach (var route in world.Routes)
        {
            await probe.SendBodyAsync(route, world.PathOf(route) + "?" + query, world.ValidBody(route));
        }

        probe.AssertNoProblems();
        await world.AssertRepositoryStillServedAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task AbsurdPage_ListRoute_AnswersLikeGitHub()
    {
        var probe = new GarbageProbe(world);
        var route = world.Routes.Single(r => r.Key == "GET /api/v3/repos/{owner}/{repo}/labels");

        var beyond = await probe.SendAsync(route, world.PathOf(route) + "?page=2147483647&per_page=100");
        var negative = await probe.SendAsync(route, world.PathOf(route) + "?page=-1&per_page=-1");

        probe.AssertNoProblems();
        Assert.Equal((200, "[]"), (beyond.Status, beyond.Body));
        Assert.Equal(200, negative.Status);
        Assert.Contains("\"name\":\"bug\"", negative.Body, StringComparison.Ordinal);
    }
}

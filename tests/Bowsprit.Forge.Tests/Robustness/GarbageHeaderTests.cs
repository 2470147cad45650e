using System.Net.Http.Headers;
using System.Text;

namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>Wrong content types, garbage credentials, huge headers and unmapped methods, to every route.</summary>
public sealed class GarbageHeaderTests(GarbageWorld world) : IClassFixture<GarbageWorld>
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "BREW"];

    public static TheoryData<string> ContentTypes =>
    [
        "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=zzz", "application/json; charset=utf-16",
        "application/xml", "garbage/;;;==", "application/octet-stream",
    ];

    /// <summary>An Authorization header, and whether it carries a token (which, unknown, must be 401 Bad credentials).</summary>
    public static TheoryData<string, bool> Authorizations => new()
    {
        { "Bearer garbage", true },
        { "token garbage", true },
        { "Bearer " + new string('z', 8_000), true },
        { "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("someone:garbage")), true },
        { "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("no-colon")), true },
        { "Basic !!!not-base64!!!", false },
        { "token ", false },
        { "Digest username=x", false },
        { "garbage", false },
    };

    [Theory]
    [MemberData(nameof(ContentTypes))]
    public async Task WrongContentType_EveryRoute_NeverServerError(string contentType)
    {
        var probe = new GarbageProbe(world);

        foreach (var route in world.Routes)
        {
            await probe.SendBodyAsync(route, world.PathOf(route), world.ValidBody(route) ?? "{}", contentType);
        }

        probe.AssertNoProblems();
        await world.AssertRepositoryStillServedAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [MemberData(nameof(Authorizations))]
    public async Task GarbageAuthorization_EveryRoute_NeverServerError(string authorization, bool carriesToken)
    {
        var probe = new GarbageProbe(world);

        foreach (var route in world.Routes)
        {
            var answer = await probe.SendBodyAsync(route, world.PathOf(route), world.ValidBody(route), headers: h => h.TryAddWithoutValidation("Authorization", authorization));

            if (carriesToken && route.IsApi)
            {
                probe.Expect(answer is { Status: 401, Message: "Bad credentials" }, "401 Bad credentials", answer);
            }
        }

        probe.AssertNoProblems();
        await world.AssertRepositoryStillServedAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HugeHeaders_EveryRoute_NeverServerError()
    {
        var probe = new GarbageProbe(world);

        foreach (var route in world.Routes)
        {
            await probe.SendBodyAsync(route, world.PathOf(route), world.ValidBody(route), headers: HugeHeaders);
        }

        probe.AssertNoProblems();
        await world.AssertRepositoryStillServedAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task OversizedHeaders_AreRejected_ForgeKeepsServing()
    {
        var route = world.Routes.Single(r => r.Key == "GET /api/v3/repos/{owner}/{repo}");
        using var request = new HttpRequestMessage(HttpMethod.Get, world.Fixture.BaseUrl + world.PathOf(route));
        request.Headers.TryAddWithoutValidation("X-Garbage", new string('g', 64 * 1024));

        using var response = await world.Fixture.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(431, (int)response.StatusCode);
        await world.AssertRepositoryStillServedAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task UnmappedMethod_EveryRoute_AnswersError()
    {
        var probe = new GarbageProbe(world);

        foreach (var group in world.Routes.GroupBy(r => r.Template))
        {
            var route = group.First();
            foreach (var method in Methods.Except(group.Select(r => r.Method)))
            {
                var answer = await probe.SendAsync(route, world.PathOf(route), new StringContent("{}"), method: method);

                // A GET may be another route's (branches/{**branch} also serves .../protection).
                if (route.IsRest && !route.IsCatchAllFallback && method != "GET")
                {
                    probe.Expect(answer.Status is 404 or 405, "404 or 405 for an unmapped method", answer);
                }
            }
        }

        probe.AssertNoProblems();
        await world.AssertRepositoryStillServedAsync(TestContext.Current.CancellationToken);
    }

    private static void HugeHeaders(HttpRequestHeaders headers)
    {
        headers.TryAddWithoutValidation("X-Garbage", new string('g', 16 * 1024));
        for (var i = 0; i < 50; i++)
        {
            headers.TryAddWithoutValidation($"X-Junk-{i}", "junk; junk=\"junk\"");
        }

        headers.TryAddWithoutValidation("If-None-Match", "\"" + new string('e', 2_000) + "\"");
        headers.TryAddWithoutValidation("Accept", "application/vnd.github.v3+json; q=garbage, */*;;;");
        headers.TryAddWithoutValidation("X-GitHub-Api-Version", "9999-99-99");
    }
}

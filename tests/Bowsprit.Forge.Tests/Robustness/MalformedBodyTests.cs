namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>Bodies that are not JSON (or not a JSON shape any route takes) to every route.</summary>
public sealed class MalformedBodyTests(GarbageWorld world) : IClassFixture<GarbageWorld>
{
    public static TheoryData<string> Bodies => [.. GarbageBodies.Malformed.Keys];

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task MalformedBody_EveryRoute_JsonRoutesAnswer400ProblemsParsingJson(string kind)
    {
        var probe = new GarbageProbe(world);

        foreach (var route in world.Routes)
        {
            var answer = await probe.SendBodyAsync(route, world.PathOf(route), GarbageBodies.Malformed[kind]);

            // GraphQL reads any well-formed JSON and reports what is missing as a GraphQL error.
            var graphQLError = route.Template == "/api/graphql" && answer.Status == 200 && answer.Body.Contains("\"errors\"", StringComparison.Ordinal);
            if (GarbageWorld.ReadsJson(route) && !graphQLError)
            {
                probe.Expect(answer is { Status: 400, Message: "Problems parsing JSON" }, "400 Problems parsing JSON", answer);
            }
        }

        probe.AssertNoProblems();
        await world.AssertRepositoryStillServedAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task NoBody_EveryRoute_IsAnEmptyRequestNotMalformedJson()
    {
        var probe = new GarbageProbe(world);

        // GraphQL answers a missing query in GraphQL errors; branch protection cannot be set without its fields.
        foreach (var route in world.Routes.Where(r => r.Key is not ("POST /api/graphql" or "PUT /api/v3/repos/{owner}/{repo}/branches/{**path}")))
        {
            // No content: POST, PUT and PATCH say Content-Length: 0, a DELETE says nothing at all.
            var answer = await probe.SendAsync(route, world.PathOf(route));

            probe.Expect(answer.Message != "Problems parsing JSON", "no body to be read as an empty request", answer);
        }

        probe.AssertNoProblems();
        await world.AssertRepositoryStillServedAsync(TestContext.Current.CancellationToken);
    }
}

using System.Globalization;

namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>Every route naming something that does not exist, with an otherwise valid request.</summary>
public sealed class UnknownResourceTests(GarbageWorld world) : IClassFixture<GarbageWorld>
{
    // Parameters naming the resource a route is about: an unknown one must be GitHub's 404.
    private static readonly HashSet<string> IdentityParameters = new(StringComparer.Ordinal) { "owner", "org", "repo", "number", "id", "deliveryId", "slug" };

    [Fact]
    public async Task UnknownResource_EveryRoute_Returns404()
    {
        var probe = new GarbageProbe(world);

        foreach (var route in world.Routes.Where(r => !r.IsCatchAllFallback))
        {
            foreach (var unknown in route.ParameterNames)
            {
                var path = GarbageWorld.PathOf(route, p => p == unknown ? GarbageWorld.Unknown(p) : world.Existing(route, p));
                var answer = await probe.SendBodyAsync(route, path, world.ValidBody(route));

                if (IdentityParameters.Contains(unknown))
                {
                    probe.Expect(answer.Status == 404, $"404 for an unknown {{{unknown}}}", answer);
                }
            }
        }

        probe.AssertNoProblems();
        await world.AssertRepositoryStillServedAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task IssueNumber_EveryPullRoute_Returns404()
    {
        var probe = new GarbageProbe(world);
        var issue = world.IssueNumber.ToString(CultureInfo.InvariantCulture);

        foreach (var route in world.Routes.Where(r => r.Template.Contains("/pulls/{number", StringComparison.Ordinal)))
        {
            var answer = await probe.SendBodyAsync(route, GarbageWorld.PathOf(route, p => p == "number" ? issue : world.Existing(route, p)), world.ValidBody(route));

            probe.Expect(answer is { Status: 404, Message: "Not Found" }, "404 Not Found: an issue is not a pull request", answer);
        }

        probe.AssertNoProblems();
    }
}

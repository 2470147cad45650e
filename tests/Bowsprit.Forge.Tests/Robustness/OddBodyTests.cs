namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>Well-formed but odd JSON bodies to every route.</summary>
public sealed class OddBodyTests(GarbageWorld world) : IClassFixture<GarbageWorld>
{
    public static TheoryData<string> Bodies => [.. GarbageBodies.Odd.Keys];

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task OddJson_EveryRoute_NeverServerError(string kind)
    {
        var probe = new GarbageProbe(world);

        foreach (var route in world.Routes)
        {
            await probe.SendBodyAsync(route, world.PathOf(route), GarbageBodies.Odd[kind]);
        }

        probe.AssertNoProblems();
        await world.AssertRepositoryStillServedAsync(TestContext.Current.CancellationToken);
    }
}

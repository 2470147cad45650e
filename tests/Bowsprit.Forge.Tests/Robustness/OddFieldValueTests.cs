namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>Valid bodies with one field (at any depth) replaced by an odd value, to every route that reads JSON.</summary>
public sealed class OddFieldValueTests(GarbageWorld world) : IClassFixture<GarbageWorld>
{
    public static TheoryData<string> FieldValues => [.. GarbageBodies.FieldValues.Keys];

    [Theory]
    [MemberData(nameof(FieldValues))]
    public async Task OddFieldValue_EveryJsonRoute_NeverServerError(string kind)
    {
        var probe = new GarbageProbe(world);

        foreach (var route in world.Routes.Where(GarbageWorld.ReadsJson))
        {
            foreach (var body in GarbageBodies.WithEachNodeReplaced(world.ValidBody(route)!, GarbageBodies.FieldValues[kind]))
            {
                await probe.SendBodyAsync(route, world.PathOf(route), body);
            }
        }

        probe.AssertNoProblems();
        await world.AssertRepositoryStillServedAsync(TestContext.Current.CancellationToken);
    }
}

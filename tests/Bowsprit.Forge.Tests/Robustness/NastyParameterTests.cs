namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>Route parameters that are option-like, path-like, revision syntax, huge or not text at all.</summary>
public sealed class NastyParameterTests(GarbageWorld world) : IClassFixture<GarbageWorld>
{
    public static TheoryData<string> Values =>
    [
        "-x", "--output=/tmp/pwned", "..", "a b", "ü😀", "main~1", "HEAD^{tree}", "@{-1}", "main:README.md", ":/",
        "refs/heads/main", "a\nb", "%", new string('a', 2_000), "99999999999999999999", "x.git", "feature/../../x", "main/protection",
    ];

    [Theory]
    [MemberData(nameof(Values))]
    public async Task NastyParameter_EveryRoute_NeverServerError(string value)
    {
        var probe = new GarbageProbe(world);

        foreach (var route in world.Routes)
        {
            foreach (var nasty in route.ParameterNames)
            {
                await probe.SendBodyAsync(route, GarbageWorld.PathOf(route, p => p == nasty ? value : world.Existing(route, p)), world.ValidBody(route));
            }
        }

        probe.AssertNoProblems();
        await world.AssertRepositoryStillServedAsync(TestContext.Current.CancellationToken);
    }
}

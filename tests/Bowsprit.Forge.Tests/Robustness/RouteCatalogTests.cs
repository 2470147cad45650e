namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>The garbage tests reach every route: the catalog finds them and every write route has a valid body.</summary>
public sealed class RouteCatalogTests
{
    [Fact]
    public async Task Read_RunningForge_FindsEveryApiWriteRouteInTheBodyTable()
    {
        await using var fixture = await Support.ForgeFixture.StartAsync(ct: TestContext.Current.CancellationToken);

        var routes = RouteCatalog.Read(fixture.Server.Services);

        var uncovered = routes.Where(r => r.IsApi && r.Method is "POST" or "PUT" or "PATCH" && !GarbageWorld.ReadsJson(r) && !GarbageWorld.BodylessWrites.Contains(r.Key));
        Assert.Empty(uncovered);
        Assert.Contains(routes, r => r.Key == "PUT /api/v3/repos/{owner}/{repo}/pulls/{number:int}/merge");
        Assert.Contains(routes, r => r.Key == "POST /api/graphql");
        Assert.Contains(routes, r => r.Key == "POST /{org}/{repo}/git-receive-pack");
        Assert.True(routes.Count > 90, $"only {routes.Count} routes found");
    }
}

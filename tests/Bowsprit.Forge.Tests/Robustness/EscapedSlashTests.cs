using Bowsprit.Forge.Tests.Support;

namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>
/// Names with a slash travel escaped (<c>kind%2Fbug</c>, <c>release%2F1.0</c>), as every GitHub client sends them;
/// Kestrel leaves <c>%2F</c> escaped in route values, and the forge must still find the label or branch.
/// </summary>
public sealed class EscapedSlashTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Label_NameWithSlash_IsFoundUpdatedAndRemoved()
    {
        await using var fixture = await ForgeFixture.StartAsync(ct: Token);
        var org = $"slash-label-{Guid.NewGuid():N}"[..24];
        await fixture.OrgAsync(org, [], Token);
        var client = fixture.Client();
        await client.CreateOrgRepoAsync(org, "repo", autoInit: true, Token);
        var issue = await client.CreateIssueAsync(org, "repo", "Labeled", null, ["kind/bug", "area/forge"], Token);

        await client.UpdateLabelAsync(org, "repo", "area/forge", null, "123456", "The forge", Token);
        await client.RemoveLabelAsync(org, "repo", issue.Number, "kind/bug", Token);
        await client.DeleteLabelAsync(org, "repo", "kind/bug", Token);

        Assert.Equal(["area/forge"], (await client.GetIssueLabelsAsync(org, "repo", issue.Number, Token)).Select(l => l.Name));
        Assert.DoesNotContain("kind/bug", (await client.ListRepoLabelsAsync(org, "repo", Token)).Select(l => l.Name));
        Assert.Equal("123456", (await client.ListRepoLabelsAsync(org, "repo", Token)).Single(l => l.Name == "area/forge").Color);
    }

    [Fact]
    public async Task Branch_NameWithSlash_IsFoundAndProtected()
    {
        await using var fixture = await ForgeFixture.StartAsync(ct: Token);
        var org = $"slash-branch-{Guid.NewGuid():N}"[..24];
        await fixture.OrgAsync(org, [], Token);
        var client = fixture.Client();
        await client.CreateOrgRepoAsync(org, "repo", autoInit: true, Token);
        var sha = await fixture.CommitAsync(org, "repo", "release/1.0", new Dictionary<string, string?> { ["VERSION"] = "1.0\n" }, from: "main", ct: Token);

        var branch = await client.GetBranchAsync(org, "repo", "release/1.0", Token);
        await client.UpdateBranchProtectionAsync(org, "repo", "release/1.0", new() { RequiredStatusChecks = new() { Contexts = ["ci"] } }, Token);
        var protection = await client.GetBranchProtectionAsync(org, "repo", "release/1.0", Token);

        Assert.Equal(("release/1.0", sha), (branch.Name, branch.Commit!.Sha));
        Assert.Equal(["ci"], protection!.RequiredStatusChecks!.Contexts);
        Assert.True((await client.GetBranchAsync(org, "repo", "release/1.0", Token)).Protected);
    }
}

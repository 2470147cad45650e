using System.Net;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Hook.Tests.Support;

namespace Bowsprit.Hook.Tests.Endpoint;

public sealed class HmacSecretFileTests
{
    private const string Yaml = """
        '*':
        - value: global-token
          created_at: 2020-01-01T00:00:00Z
        acme:
        - value: acme-old
          created_at: 2020-01-01T00:00:00Z
        - value: acme-new
          created_at: 2024-01-01T00:00:00Z
        acme/special:
        - value: special-token
          created_at: 2024-01-01T00:00:00Z
        """;

    [Theory]
    [InlineData("acme/widgets", "acme-old", true)]
    [InlineData("acme/widgets", "acme-new", true)]
    [InlineData("acme/widgets", "global-token", false)]
    [InlineData("acme/special", "special-token", true)]
    [InlineData("acme/special", "acme-new", false)]
    [InlineData("other/repo", "global-token", true)]
    public void For_MostSpecificScope_Wins(string repo, string token, bool accepted)
    {
        var secrets = HmacSecrets.Parse(Yaml);

        Assert.Equal(accepted, secrets.For(repo, null).Contains(token));
    }

    [Fact]
    public void Parse_RawToken_AppliesEverywhere() =>
        Assert.Equal(["raw-token:with:colons"], HmacSecrets.Parse("raw-token:with:colons\n").For("any/repo", null));

    [Fact]
    public void Parse_BadShape_FailsWithoutEchoingSecrets()
    {
        var error = Assert.Throws<FormatException>(() => HmacSecrets.Parse("acme:\n  value: hunter2\n"));

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hook_PerRepoTokens_AreEnforced()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var hook = HookFixture.Create(secretFile: Yaml);
        await hook.StartAsync([], ct);

        var good = await hook.PostAsync("issue_comment", HookFixture.Comment("acme", "special", 1, "hi"), ct, secret: "special-token");
        var bad = await hook.PostAsync("issue_comment", HookFixture.Comment("acme", "special", 1, "hi"), ct, secret: "acme-new");

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, bad.StatusCode);
    }
}

using Bowsprit.Plugins.Override;

namespace Bowsprit.Plugins.Tests.Override;

public sealed class StatusDescriptionTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    public static TheoryData<string, string?, string> Cases => new()
    {
        { "Overridden by alice", Sha, "Overridden by alice" + new string(' ', 140 - 19 - 49) + " BaseSHA:" + Sha },
        { "short", null, "short" },
        { new string('a', 50) + new string('b', 50), Sha, new string('a', 43) + " ... " + new string('b', 43) + " BaseSHA:" + Sha },
    };

    [Theory, MemberData(nameof(Cases))]
    public void WithBaseSha_Text_PadsOrElidesToGitHubLimit(string text, string? baseSha, string expected)
    {
        var description = StatusDescription.WithBaseSha(text, baseSha);

        Assert.Equal(expected, description);
        Assert.True(baseSha is null || description.Length == StatusDescription.MaxLength);
    }
}

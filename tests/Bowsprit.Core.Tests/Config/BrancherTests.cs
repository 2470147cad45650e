using Bowsprit.Core.Config.Jobs;
using Bowsprit.Core.Regexes;

namespace Bowsprit.Core.Tests.Config;

public sealed class BrancherTests
{
    private static readonly RegexCache Cache = new();

    private static Brancher Create(string[]? branches, string[]? skip = null) => Brancher.Create(branches, skip, Cache);

    [Theory]
    [InlineData(new string[0], new string[0], "anything", true)]
    [InlineData(new[] { "main" }, new string[0], "main", true)]
    [InlineData(new[] { "main" }, new string[0], "main-old", true)] // unanchored, as in Prow
    [InlineData(new[] { "^main$" }, new string[0], "main-old", false)]
    [InlineData(new[] { "^main$", "^release-\\d+\\.\\d+$" }, new string[0], "release-1.2", true)]
    [InlineData(new[] { "^release-\\d+\\.\\d+$" }, new string[0], "release-١.٢", false)] // RE2 \d is ASCII
    [InlineData(new string[0], new[] { "^release-" }, "release-1.2", false)]
    [InlineData(new string[0], new[] { "^release-" }, "main", true)]
    [InlineData(new[] { "release-.*" }, new[] { "release-1.0" }, "release-1.0", false)] // skip wins
    public void ShouldRun_Branch_FollowsPatterns(string[] branches, string[] skip, string branch, bool expected) =>
        Assert.Equal(expected, Create(branches, skip).ShouldRun(branch));

    [Theory]
    [InlineData(new[] { "main" }, new string[0], new[] { "main" }, new string[0], true)]
    [InlineData(new[] { "main" }, new string[0], new[] { "release" }, new string[0], false)]
    [InlineData(new[] { "main" }, new string[0], new string[0], new string[0], true)]
    [InlineData(new[] { "main" }, new string[0], new string[0], new[] { "main" }, false)]
    [InlineData(new[] { "main" }, new string[0], new string[0], new[] { "release" }, true)]
    [InlineData(new string[0], new[] { "a" }, new string[0], new[] { "b" }, true)]
    public void Intersects_TwoFilters_MatchesProw(string[] b1, string[] s1, string[] b2, string[] s2, bool expected)
    {
        Assert.Equal(expected, Create(b1, s1).Intersects(Create(b2, s2)));
        Assert.Equal(expected, Create(b2, s2).Intersects(Create(b1, s1)));
    }

    [Theory]
    [InlineData("^docs/", null, new[] { "docs/a.md" }, true)]
    [InlineData("^docs/", null, new[] { "src/a.go" }, false)]
    [InlineData("^docs/", null, new[] { "src/a.go", "docs/b.md" }, true)]
    [InlineData(null, "\\.md$", new[] { "README.md" }, false)]
    [InlineData(null, "\\.md$", new[] { "README.md", "main.go" }, true)]
    [InlineData(null, "\\.md$", new string[0], false)]
    public void ChangeMatcher_Paths_SelectJob(string? runIfChanged, string? skipIfOnlyChanged, string[] paths, bool expected) =>
        Assert.Equal(expected, ChangeMatcher.Create(runIfChanged, skipIfOnlyChanged, Cache).ShouldRun(paths));
}

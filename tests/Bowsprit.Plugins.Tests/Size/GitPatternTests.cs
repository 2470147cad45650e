using Bowsprit.Plugins.Size;

namespace Bowsprit.Plugins.Tests.Size;

public sealed class GitPatternTests
{
    public static TheoryData<string, string, bool> Cases => new()
    {
        { "*.pb.go", "api/v1/x.pb.go", true },
        { "*.pb.go", "x.pb.go", true },
        { "*.pb.go", "x.pb.go.txt", false },
        { "/gen/**", "gen/a/b.go", true },
        { "/gen/**", "src/gen/a.go", false },
        { "gen/*.go", "gen/a.go", true },
        { "gen/*.go", "gen/sub/a.go", false },
        { "**/zz_*.go", "a/b/zz_deep.go", true },
        { "**/zz_*.go", "zz_top.go", true },
        { "a/**/b.txt", "a/b.txt", true },
        { "a/**/b.txt", "a/x/y/b.txt", true },
        { "file?.txt", "file1.txt", true },
        { "file?.txt", "file10.txt", false },
        { "[ab].txt", "a.txt", true },
        { "[!ab].txt", "a.txt", false },
        { "vendor", "vendor", true },
        { "vendor", "x/vendor", true },
    };

    [Theory, MemberData(nameof(Cases))]
    public void ToRegex_Pattern_MatchesLikeGit(string pattern, string path, bool expected) =>
        Assert.Equal(expected, GitPattern.ToRegex(pattern).IsMatch(path));
}

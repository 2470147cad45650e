using System.Text.RegularExpressions;
using Bowsprit.Core.Regexes;

namespace Bowsprit.Core.Tests.Regexes;

public sealed class Re2TranslateTests
{
    [Theory]
    [InlineData(@"^main$", @"\Amain\z")]
    [InlineData(@"(?m)^a$", @"(?m:^)a(?m:$)")]
    [InlineData(@"\d\D", @"[0-9][^0-9]")]
    [InlineData(@"\s", @"[\u0009\u000A\u000C\u000D ]")]
    [InlineData(@"a.b", @"a[^\n]b")]
    [InlineData(@"(?s).", @"[\u0000-\uFFFF]")]
    [InlineData(@"(?i)ab", @"(?i)ab")]
    [InlineData(@"a(?i)", @"a")]
    [InlineData(@"(?i:a)b", @"(?i:a)b")]
    [InlineData(@"a{2}b{2,}c{2,3}?", @"a{2}b{2,}c{2,3}?")]
    [InlineData(@"(?U)a*b*?", @"a*?b*")]
    [InlineData(@"a#b c", @"a\#b\ c")]
    [InlineData(@"a{,2}", @"a\{,2\}")]
    [InlineData(@"[\w.-]", @"[\-.0-9A-Z_a-z]")]
    [InlineData(@"[^\D]", @"[^\u0000-/:-\uFFFF]")]
    [InlineData(@"\pL\PN\p{^Lu}", @"\p{L}\P{N}\P{Lu}")]
    [InlineData(@"(?P<major>\d+)", @"(?<major>[0-9]+)")]
    [InlineData(@"^*", @"(?:\A)*")]
    [InlineData(@"\x{1F600}?", @"(?:\uD83D\uDE00)?")]
    [InlineData(@"a*(?i)*", @"(?:a*)*")]
    [InlineData(@"\Qa.b\E", @"a\.b")]
    [InlineData("\\x00\\x7F\u00E9", @"\u0000\u007F\u00E9")]
    [InlineData("\u00E9", @"\u00E9")]
    public void Translate_Re2Pattern_ProducesExplicitDotNetPattern(string pattern, string expected)
    {
        Assert.Equal(expected, Re2.Translate(pattern));
    }

    [Fact]
    public void Translate_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Re2.Translate(null!));
    }

    [Fact]
    public void Compile_Always_AddsCultureInvariantAndNotCompiled()
    {
        var regex = Re2.Compile("^a$");

        Assert.Equal(RegexOptions.CultureInvariant, regex.Options);
        Assert.Equal(Regex.InfiniteMatchTimeout, regex.MatchTimeout);
    }

    [Theory]
    [InlineData(RegexOptions.IgnoreCase, "^main$", "MAIN", true)]
    [InlineData(RegexOptions.Multiline, "^b$", "a\nb", true)]
    [InlineData(RegexOptions.None, "^b$", "a\nb", false)]
    [InlineData(RegexOptions.Singleline, "^a.b$", "a\nb", true)]
    [InlineData(RegexOptions.IgnoreCase, "(?-i)^main$", "MAIN", false)]
    public void Compile_CallerOptions_BecomeInitialRe2Flags(RegexOptions options, string pattern, string input, bool expected)
    {
        var regex = Re2.Compile(pattern, options);

        Assert.Equal(expected, regex.IsMatch(input));
        Assert.Equal(RegexOptions.CultureInvariant, regex.Options);
    }

    [Theory]
    [InlineData(RegexOptions.IgnorePatternWhitespace)]
    [InlineData(RegexOptions.ECMAScript)]
    [InlineData(RegexOptions.RightToLeft)]
    public void Compile_OptionsWithoutRe2Meaning_Throw(RegexOptions options)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Re2.Compile("a", options));
    }

    [Theory]
    [InlineData(@"(?m)^/retest\s*$", "x\n/retest", true)]
    [InlineData(@"(?i)^release-\d+$|(?s)a.b", "RELEASE-1", true)]
    [InlineData(@"^[[:alpha:]]+$", "\u00E9", false)]
    public void Compile_NonBacktracking_IsSupportedWithoutWordBoundaries(string pattern, string input, bool expected)
    {
        var regex = Re2.Compile(pattern, RegexOptions.NonBacktracking);

        Assert.Equal(expected, regex.IsMatch(input));
    }

    [Fact]
    public void Compile_ExplicitCapture_IsPassedThrough()
    {
        var regex = Re2.Compile("(a)(?P<b>b)", RegexOptions.ExplicitCapture);

        Assert.Equal(RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, regex.Options);
        Assert.Equal(["0", "b"], regex.GetGroupNames());
    }
}

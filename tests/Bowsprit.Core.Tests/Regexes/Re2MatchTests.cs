using Bowsprit.Core.Regexes;

namespace Bowsprit.Core.Tests.Regexes;

/// <summary>Each row is what Go's <c>regexp.MustCompile(pattern).MatchString(input)</c> returns.</summary>
public sealed class Re2MatchTests
{
    private const string KubevirtTrigger = @"(?m)^/test( | .* )pull-kubevirt-unit-test,?($|\s.*)";
    private const string AwsRunIfChanged = @"^prow/aws/cluster/(?:gcsweb/|build/|private/|[^/]+\.yaml$)";

    [Theory]
    // Prow's default trigger for a presubmit, and /retest.
    [InlineData(KubevirtTrigger, "/test pull-kubevirt-unit-test", true)]
    [InlineData(KubevirtTrigger, "/test all", false)]
    [InlineData(KubevirtTrigger, "/test foo pull-kubevirt-unit-test", true)]
    [InlineData(KubevirtTrigger, "something\n/test pull-kubevirt-unit-test\nmore", true)]
    [InlineData(KubevirtTrigger, "/test pull-kubevirt-unit-test-extra", false)]
    [InlineData(KubevirtTrigger, "/test pull-kubevirt-unit-test, other", true)]
    [InlineData(KubevirtTrigger, "please /test pull-kubevirt-unit-test", false)]
    [InlineData(@"(?m)^/retest\s*$", "/retest", true)]
    [InlineData(@"(?m)^/retest\s*$", "/retest \nthanks", true)]
    [InlineData(@"(?m)^/retest\s*$", "/retestfoo", false)]
    [InlineData(@"(?m)^/retest\s*$", "lgtm\n/retest", true)]
    // Branch regexes: $ is end of text, \d is ASCII.
    [InlineData(@"^main$", "main", true)]
    [InlineData(@"^main$", "main\n", false)]
    [InlineData(@"^main$", "mainline", false)]
    [InlineData(@"^release-\d+\.\d+$", "release-1.2", true)]
    [InlineData(@"^release-\d+\.\d+$", "release-\u0661.\u0662", false)]
    [InlineData(@"^release-\d+\.\d+$", "release-1.2.3", false)]
    [InlineData(@"^(?:master|release-1\.2)$", "master", true)]
    [InlineData(@"^(?:master|release-1\.2)$", "release-1.2", true)]
    [InlineData(@"^(?:master|release-1\.2)$", "release-1x2", false)]
    // run_if_changed.
    [InlineData(AwsRunIfChanged, "prow/aws/cluster/gcsweb/deploy.yaml", true)]
    [InlineData(AwsRunIfChanged, "prow/aws/cluster/main.yaml", true)]
    [InlineData(AwsRunIfChanged, "prow/aws/cluster/other/main.yaml", false)]
    [InlineData(@"^docs/.*\.md$", "docs/a.md", true)]
    [InlineData(@"^docs/.*\.md$", "docs/a.md\n", false)]
    [InlineData(@"(?m)^docs/.*\.md$", "docs/a.md\n", true)]
    [InlineData(@"a\z", "a\n", false)]
    [InlineData(@"\Aa", "ba", false)]
    // Perl classes and \b are ASCII-only.
    [InlineData(@"^\w+$", "\u00E9", false)]
    [InlineData(@"^\w+$", "abc_123", true)]
    [InlineData(@"^\W$", "\u00E9", true)]
    [InlineData(@"^\s$", "\u00A0", false)]
    [InlineData(@"^\s$", "\v", false)]
    [InlineData(@"^\S$", "\u00A0", true)]
    [InlineData(@"^\d$", "\u0663", false)]
    [InlineData(@"^\D$", "\u0663", true)]
    [InlineData(@"^[\w.-]+$", "foo-bar.baz_1", true)]
    [InlineData(@"^[\w.-]+$", "f\u00F6o", false)]
    [InlineData(@"^[^\s]+$", "a\u2003b", true)]
    [InlineData(@"^[^\D]+$", "123", true)]
    [InlineData(@"^[\D]$", "\u0663", true)]
    [InlineData(@"\bfoo\b", "a foo b", true)]
    [InlineData(@"\bfoo\b", "\u00E9foo\u00E9", true)]
    [InlineData(@"\bfoo\b", "foobar", false)]
    [InlineData(@"\Bfoo", "\u00E9foo", false)]
    [InlineData(@"(?i)\bk\b", "\u212A", false)]
    // POSIX classes (ASCII) and Unicode categories.
    [InlineData(@"^[[:alpha:]]+$", "abcXYZ", true)]
    [InlineData(@"^[[:alpha:]]+$", "\u00E9", false)]
    [InlineData(@"^[[:space:]]$", "\v", true)]
    [InlineData(@"^[[:^space:]]+$", "abc", true)]
    [InlineData(@"^[[:^space:]]+$", "a b", false)]
    [InlineData(@"^[[:digit:][:upper:]]+$", "A1B2", true)]
    [InlineData(@"^[[:punct:]]+$", "!@#[]`~", true)]
    [InlineData(@"^\pL+$", "h\u00E9llo", true)]
    [InlineData(@"^\p{Lu}$", "\u00C9", true)]
    [InlineData(@"^\PL$", "1", true)]
    [InlineData(@"^\p{^L}$", "a", false)]
    [InlineData(@"^[\p{N}]+$", "\u0661\u0662", true)]
    [InlineData(@"^\p{Any}$", "\n", true)]
    [InlineData(@"^\pC$", "\u0378", false)]
    [InlineData(@"^\PC$", "\u0378", true)]
    // Flags and their scope.
    [InlineData(@"(?i)^main$", "MAIN", true)]
    [InlineData(@"^(?i:main)$", "MAIN", true)]
    [InlineData(@"^(?i:m)ain$", "MAIN", false)]
    [InlineData(@"^(?i:m)ain$", "Main", true)]
    [InlineData(@"^(?:(?i)m)ain$", "MAIN", false)]
    [InlineData(@"a(?i)b|c", "C", true)]
    [InlineData(@"(?i)a(?-i)b", "Ab", true)]
    [InlineData(@"(?i)a(?-i)b", "AB", false)]
    [InlineData(@"(?s)^a.b$", "a\nb", true)]
    [InlineData(@"^a.b$", "a\nb", false)]
    [InlineData(@"^a[^x]b$", "a\nb", true)]
    [InlineData(@"(?m)^b$", "a\nb\nc", true)]
    [InlineData(@"(?m:^b$)|x", "a\nb", true)]
    [InlineData(@"(?m:^b)$", "b\nc", false)]
    // Groups, literals and escapes.
    [InlineData(@"^(?P<major>\d+)\.(?P<minor>\d+)$", "1.22", true)]
    [InlineData(@"^(?<name>[a-z]+)$", "abc", true)]
    [InlineData(@"^(|a)b$", "b", true)]
    [InlineData(@"^\Q.*+\E$", ".*+", true)]
    [InlineData(@"^\Q.*+\E$", "abc", false)]
    [InlineData(@"^\Qab\E+$", "abbb", true)]
    [InlineData(@"^\Qab", "ab", true)]
    [InlineData(@"^\x41\x{42}\103\0$", "ABC\0", true)]
    [InlineData(@"^\x{1F600}+$", "\U0001F600\U0001F600", true)]
    [InlineData(@"^a#b c$", "a#b c", true)]
    [InlineData(@"^\a\f\t\n\r\v$", "\a\f\t\n\r\v", true)]
    [InlineData(@"^\.\_\-\ $", "._- ", true)]
    [InlineData(@"^a{2}$", "aa", true)]
    [InlineData(@"^a{,2}$", "a{,2}", true)]
    [InlineData(@"^a{01}$", "a{01}", true)]
    [InlineData(@"^a{$", "a{", true)]
    [InlineData(@"^x{2,3}$", "xxxx", false)]
    [InlineData(@"^x{2,}$", "xxxx", true)]
    [InlineData(@"^(?:ab){1000}$", "ab", false)]
    // Classes: ] first, - where no range fits, [ literal, no .NET subtraction.
    [InlineData(@"^[]a]+$", "]a]", true)]
    [InlineData(@"^[^]a]$", "b", true)]
    [InlineData(@"^[a-]+$", "a-a", true)]
    [InlineData(@"^[a-c-e]+$", "-e", true)]
    [InlineData(@"^[a-c-e]+$", "d", false)]
    [InlineData(@"^[[]$", "[", true)]
    [InlineData(@"^[a-z-[aeiou]]$", "b]", true)]
    [InlineData(@"^[a-z-[aeiou]]$", "a]", true)]
    [InlineData(@"^[\x00-\x{10FFFF}]+$", "a\U0001F600", true)]
    // RE2 accepts quantified empty-width assertions and repeats through a flag group.
    [InlineData(@"^*a$", "a", true)]
    [InlineData(@"a*(?i)*b", "aab", true)]
    [InlineData(@"a\b*b", "ab", true)]
    [InlineData(@"(?m)^*a$*", "a", true)]
    [InlineData(@"\A+a\z?", "a", true)]
    [InlineData(@"^()*(|a)+(?:)*$", "a", true)]
    [InlineData(@"^ab{0}c$", "ac", true)]
    [InlineData(@"^a*\Q\E*$", "aa", true)]
    public void IsMatch_Re2Pattern_MatchesLikeGo(string pattern, string input, bool expected)
    {
        var regex = Re2.Compile(pattern);

        Assert.Equal(expected, regex.IsMatch(input));
    }

    [Theory]
    [InlineData(@"(?U)a+", "aaa", "a")]
    [InlineData(@"(?U)a+?", "aaa", "aaa")]
    [InlineData(@"a+?", "aaa", "a")]
    [InlineData(@"(?U:a+)a*", "aaa", "aaa")]
    [InlineData(@"(?U:a+)", "aaa", "a")]
    [InlineData(@"(?U)a{2,}", "aaaa", "aa")]
    [InlineData(@"a{2,}?", "aaaa", "aa")]
    [InlineData(@"(?U)(?-U)a*", "aaa", "aaa")]
    [InlineData(@"(a|ab)(c|bcd)", "abcd", "abcd")]
    [InlineData(@"(a|ab)(c|bcd)", "abc", "abc")]
    [InlineData(@"/test( | .* )job", "/test a b job", "/test a b job")]
    public void Match_Quantifiers_TakeGoLeftmostFirstMatch(string pattern, string input, string expected)
    {
        var match = Re2.Compile(pattern).Match(input);

        Assert.True(match.Success);
        Assert.Equal(expected, match.Value);
    }

    [Fact]
    public void Match_NamedGroups_AreReachableByName()
    {
        var match = Re2.Compile(@"^(?P<major>\d+)\.(?<minor>\d+)(-(\w+))?$").Match("1.22-rc");

        Assert.True(match.Success);
        Assert.Equal("1", match.Groups["major"].Value);
        Assert.Equal("22", match.Groups["minor"].Value);
    }
}

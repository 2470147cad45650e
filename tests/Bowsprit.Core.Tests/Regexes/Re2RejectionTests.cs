using Bowsprit.Core.Regexes;

namespace Bowsprit.Core.Tests.Regexes;

/// <summary>Patterns Go's <c>regexp.Compile</c> rejects, with the code and the fragment Go quotes.</summary>
public sealed class Re2RejectionTests
{
    [Theory]
    // Backreferences and escapes RE2 does not have.
    [InlineData(@"\1", Re2ErrorCode.InvalidEscape, @"\1")]
    [InlineData(@"(a)\1", Re2ErrorCode.InvalidEscape, @"\1")]
    [InlineData(@"(a)\18", Re2ErrorCode.InvalidEscape, @"\1")]
    [InlineData(@"\8", Re2ErrorCode.InvalidEscape, @"\8")]
    [InlineData(@"\e", Re2ErrorCode.InvalidEscape, @"\e")]
    [InlineData(@"a\Z", Re2ErrorCode.InvalidEscape, @"\Z")]
    [InlineData(@"\Ga", Re2ErrorCode.InvalidEscape, @"\G")]
    [InlineData(@"(?<a>x)\k<a>", Re2ErrorCode.InvalidEscape, @"\k")]
    [InlineData(@"\C", Re2ErrorCode.InvalidEscape, @"\C")]
    [InlineData(@"\cA", Re2ErrorCode.InvalidEscape, @"\c")]
    [InlineData(@"[\b]", Re2ErrorCode.InvalidEscape, @"\b")]
    [InlineData(@"[\Qa\E]", Re2ErrorCode.InvalidEscape, @"\Q")]
    [InlineData(@"[a-\d]", Re2ErrorCode.InvalidEscape, @"\d")]
    [InlineData("\\\u00E9", Re2ErrorCode.InvalidEscape, "\\\u00E9")]
    [InlineData(@"\x{110000}", Re2ErrorCode.InvalidEscape, @"\x{110000")]
    [InlineData(@"\xZZ", Re2ErrorCode.InvalidEscape, @"\xZZ")]
    [InlineData(@"\x{}", Re2ErrorCode.InvalidEscape, @"\x{}")]
    [InlineData(@"\x{41", Re2ErrorCode.InvalidEscape, @"\x{41")]
    [InlineData(@"\xA", Re2ErrorCode.InvalidEscape, @"\xA")]
    [InlineData(@"a\", Re2ErrorCode.TrailingBackslash, "")]
    // Perl group syntax: lookarounds, atomic groups, conditionals, comments, .NET flags.
    [InlineData(@"(?=a)", Re2ErrorCode.InvalidPerlOp, "(?=")]
    [InlineData(@"a(?!b)", Re2ErrorCode.InvalidPerlOp, "(?!")]
    [InlineData(@"(?<=a)b", Re2ErrorCode.InvalidNamedCapture, "(?<=a)b")]
    [InlineData(@"(?<!a)b", Re2ErrorCode.InvalidNamedCapture, "(?<!a)b")]
    [InlineData(@"(?>a)", Re2ErrorCode.InvalidPerlOp, "(?>")]
    [InlineData(@"(?(a)b|c)", Re2ErrorCode.InvalidPerlOp, "(?(")]
    [InlineData(@"(?#comment)a", Re2ErrorCode.InvalidPerlOp, "(?#")]
    [InlineData(@"(?x)a b", Re2ErrorCode.InvalidPerlOp, "(?x")]
    [InlineData(@"(?n)(a)", Re2ErrorCode.InvalidPerlOp, "(?n")]
    [InlineData(@"(?im-x:a)", Re2ErrorCode.InvalidPerlOp, "(?im-x")]
    [InlineData(@"(?P=name)", Re2ErrorCode.InvalidPerlOp, "(?P")]
    [InlineData(@"(?'name'a)", Re2ErrorCode.InvalidPerlOp, "(?'")]
    [InlineData(@"(?i-)a", Re2ErrorCode.InvalidPerlOp, "(?i-)")]
    [InlineData(@"(?-)a", Re2ErrorCode.InvalidPerlOp, "(?-)")]
    [InlineData(@"(?i-m-s)a", Re2ErrorCode.InvalidPerlOp, "(?i-m-")]
    [InlineData(@"(?i", Re2ErrorCode.InvalidPerlOp, "(?i")]
    [InlineData(@"a(?", Re2ErrorCode.InvalidPerlOp, "(?")]
    [InlineData(@"(?P<>a)", Re2ErrorCode.InvalidNamedCapture, "(?P<>")]
    [InlineData(@"(?P<a-b>x)", Re2ErrorCode.InvalidNamedCapture, "(?P<a-b>")]
    [InlineData("(?<n\u00E4me>x)", Re2ErrorCode.InvalidNamedCapture, "(?<n\u00E4me>")]
    [InlineData(@"(?P<name", Re2ErrorCode.InvalidNamedCapture, "(?P<name")]
    // Repetition.
    [InlineData(@"a**", Re2ErrorCode.InvalidRepeatOp, "**")]
    [InlineData(@"a*+", Re2ErrorCode.InvalidRepeatOp, "*+")]
    [InlineData(@"a++", Re2ErrorCode.InvalidRepeatOp, "++")]
    [InlineData(@"a?+", Re2ErrorCode.InvalidRepeatOp, "?+")]
    [InlineData(@"a*?*", Re2ErrorCode.InvalidRepeatOp, "*?*")]
    [InlineData(@"x{2}{3}", Re2ErrorCode.InvalidRepeatOp, "{2}{3}")]
    [InlineData(@"x{2}*", Re2ErrorCode.InvalidRepeatOp, "{2}*")]
    [InlineData(@"*", Re2ErrorCode.MissingRepeatArgument, "*")]
    [InlineData(@"*?", Re2ErrorCode.MissingRepeatArgument, "*?")]
    [InlineData(@"a|*", Re2ErrorCode.MissingRepeatArgument, "*")]
    [InlineData(@"(*)", Re2ErrorCode.MissingRepeatArgument, "*")]
    [InlineData(@"(?i)+", Re2ErrorCode.MissingRepeatArgument, "+")]
    [InlineData(@"{2}", Re2ErrorCode.MissingRepeatArgument, "{2}")]
    [InlineData(@"a{1001}", Re2ErrorCode.InvalidRepeatSize, "{1001}")]
    [InlineData(@"a{1001,}?", Re2ErrorCode.InvalidRepeatSize, "{1001,}")]
    [InlineData(@"a{2,1}", Re2ErrorCode.InvalidRepeatSize, "{2,1}")]
    [InlineData(@"a{1000000000}", Re2ErrorCode.InvalidRepeatSize, "{1000000000}")]
    [InlineData(@"a{1,1000000000}", Re2ErrorCode.InvalidRepeatSize, "{1,1000000000}")]
    [InlineData(@"(a{100}){100}", Re2ErrorCode.InvalidRepeatSize, "{100}")]
    [InlineData(@"((a{10}){10}){11}?", Re2ErrorCode.InvalidRepeatSize, "{11}?")]
    [InlineData(@"(?:a{2}|b{501}){2}", Re2ErrorCode.InvalidRepeatSize, "{2}")]
    // Grouping.
    [InlineData(@"a(", Re2ErrorCode.MissingParen, "a(")]
    [InlineData(@"((a)", Re2ErrorCode.MissingParen, "((a)")]
    [InlineData(@"a)", Re2ErrorCode.UnexpectedParen, "a)")]
    [InlineData(@"(a))", Re2ErrorCode.UnexpectedParen, "(a))")]
    // Classes.
    [InlineData(@"[a", Re2ErrorCode.MissingBracket, "[a")]
    [InlineData(@"x[]", Re2ErrorCode.MissingBracket, "[]")]
    [InlineData(@"[^]", Re2ErrorCode.MissingBracket, "[^]")]
    [InlineData(@"[a-", Re2ErrorCode.MissingBracket, "[a-")]
    [InlineData(@"[z-a]", Re2ErrorCode.InvalidCharRange, "z-a")]
    [InlineData(@"[[:foo:]]", Re2ErrorCode.InvalidCharRange, "[:foo:]")]
    [InlineData(@"[[:^foo:]]", Re2ErrorCode.InvalidCharRange, "[:^foo:]")]
    [InlineData(@"\p{Foo}", Re2ErrorCode.InvalidCharRange, @"\p{Foo}")]
    [InlineData(@"\pX", Re2ErrorCode.InvalidCharRange, @"\pX")]
    [InlineData(@"\p{L", Re2ErrorCode.InvalidCharRange, @"\p{L")]
    [InlineData(@"\p", Re2ErrorCode.InvalidCharRange, @"\p")]
    [InlineData(@"\p{IsGreek}", Re2ErrorCode.InvalidCharRange, @"\p{IsGreek}")]
    [InlineData(@"[\p{IsBasicLatin}]", Re2ErrorCode.InvalidCharRange, @"\p{IsBasicLatin}")]
    // Valid RE2 with no faithful .NET translation.
    [InlineData(@"\p{Greek}", Re2ErrorCode.Unsupported, @"\p{Greek}")]
    [InlineData(@"[\P{Han}a]", Re2ErrorCode.Unsupported, @"\P{Han}")]
    [InlineData(@"[\x{1F600}]", Re2ErrorCode.Unsupported, @"[\x{1F600}]")]
    [InlineData(@"(?P<1a>x)", Re2ErrorCode.Unsupported, "(?P<1a>")]
    public void Compile_PatternGoRejects_ThrowsWithGoErrorCodeAndFragment(string pattern, Re2ErrorCode code, string fragment)
    {
        var ex = Assert.Throws<Re2SyntaxException>(() => Re2.Compile(pattern));

        Assert.Equal(code, ex.Code);
        Assert.Equal(fragment, ex.Fragment);
        Assert.Equal(pattern, ex.Pattern);
    }

    [Theory]
    [InlineData(@"(a)\1", "error parsing regexp: invalid escape sequence: `\\1`")]
    [InlineData(@"(a", "error parsing regexp: missing closing ): `(a`")]
    [InlineData(@"a)", "error parsing regexp: unexpected ): `a)`")]
    [InlineData(@"(?=x)", "error parsing regexp: invalid or unsupported Perl syntax: `(?=`")]
    [InlineData(@"a**", "error parsing regexp: invalid nested repetition operator: `**`")]
    [InlineData(@"*", "error parsing regexp: missing argument to repetition operator: `*`")]
    [InlineData(@"a{1001}", "error parsing regexp: invalid repeat count: `{1001}`")]
    [InlineData(@"[a", "error parsing regexp: missing closing ]: `[a`")]
    [InlineData(@"[z-a]", "error parsing regexp: invalid character class range: `z-a`")]
    [InlineData(@"(?P<>a)", "error parsing regexp: invalid named capture: `(?P<>`")]
    [InlineData(@"x\", "error parsing regexp: trailing backslash at end of expression: ``")]
    public void Compile_PatternGoRejects_MessageIsGos(string pattern, string message)
    {
        var ex = Assert.Throws<Re2SyntaxException>(() => Re2.Compile(pattern));

        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Compile_UnicodeScript_MessageSaysUnsupported()
    {
        var ex = Assert.Throws<Re2SyntaxException>(() => Re2.Translate(@"^\p{Greek}+$"));

        Assert.StartsWith("error parsing regexp: unsupported by Bowsprit's RE2 translation (Unicode script", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith(@": `\p{Greek}`", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<FormatException>(ex);
    }

    [Fact]
    public void Compile_LoneSurrogate_ThrowsInvalidUtf8()
    {
        var ex = Assert.Throws<Re2SyntaxException>(() => Re2.Compile("ab\uD800c"));

        Assert.Equal(Re2ErrorCode.InvalidUtf8, ex.Code);
        Assert.Equal("\uD800c", ex.Fragment);
    }

    [Fact]
    public void Compile_Nesting1000Deep_ThrowsNestingDepth()
    {
        var pattern = new string('(', 1000) + "a" + new string(')', 1000);

        var ex = Assert.Throws<Re2SyntaxException>(() => Re2.Compile(pattern));

        Assert.Equal(Re2ErrorCode.NestingDepth, ex.Code);
    }

    [Fact]
    public void Compile_Nesting999Deep_IsAccepted()
    {
        var pattern = new string('(', 999) + "a" + new string(')', 999);

        Assert.Matches(Re2.Compile(pattern), "a");
    }
}

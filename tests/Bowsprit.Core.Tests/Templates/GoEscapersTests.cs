using Bowsprit.Core.Templates;

namespace Bowsprit.Core.Tests.Templates;

public sealed class GoEscapersTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("<b>\"x\" & 'y'</b>", "&lt;b&gt;&#34;x&#34; &amp; &#39;y&#39;&lt;/b&gt;")]
    [InlineData("nul\0", "nul\uFFFD")]
    public void Html_EscapesGoSet(string input, string expected) => Assert.Equal(expected, GoEscapers.Html(input));

    [Theory]
    [InlineData("plain é", "plain é")]
    [InlineData("a\\b'c\"d", "a\\\\b\\'c\\\"d")]
    [InlineData("<&=>", "\\u003C\\u0026\\u003D\\u003E")]
    [InlineData("tab\tnl\n", "tab\\u0009nl\\u000A")]
    [InlineData("\u2028", "\\u2028")]
    public void Js_EscapesGoSet(string input, string expected) => Assert.Equal(expected, GoEscapers.Js(input));

    [Theory]
    [InlineData("abc-_.~09", "abc-_.~09")]
    [InlineData("a b", "a+b")]
    [InlineData("x=1&y=/?#", "x%3D1%26y%3D%2F%3F%23")]
    [InlineData("é", "%C3%A9")]
    public void UrlQuery_EscapesLikeQueryEscape(string input, string expected) => Assert.Equal(expected, GoEscapers.UrlQuery(input));
}

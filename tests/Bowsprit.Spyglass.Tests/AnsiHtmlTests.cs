using System.Text;
using Bowsprit.Spyglass.Logs;

namespace Bowsprit.Spyglass.Tests;

public sealed class AnsiHtmlTests
{
    [Theory]
    [InlineData("plain <b>&\"'", "plain &lt;b&gt;&amp;&quot;&#39;")]
    [InlineData("\u001b[31mred\u001b[0m plain", "<span class=\"af1\">red</span> plain")]
    [InlineData("\u001b[1;32mok\u001b[22m still green\u001b[39m", "<span class=\"af2 a-b\">ok</span><span class=\"af2\"> still green</span>")]
    [InlineData("\u001b[91;44mhi\u001b[m", "<span class=\"af9 ab4\">hi</span>")]
    [InlineData("\u001b[38;5;196mx", "<span style=\"color:#ff0000;\">x</span>")]
    [InlineData("\u001b[38;5;3mx", "<span class=\"af3\">x</span>")]
    [InlineData("\u001b[48;2;1;2;3mx", "<span style=\"background-color:#010203;\">x</span>")]
    [InlineData("\u001b[2K\u001b[1Gcursor moves dropped", "cursor moves dropped")]
    [InlineData("downloading 10%\rdownloading 100%", "downloading 100%")]
    [InlineData("windows line\r", "windows line")]
    [InlineData("\u001b]0;title\u0007after osc", "after osc")]
    [InlineData("\u001b[31m<script>alert(1)</script>", "<span class=\"af1\">&lt;script&gt;alert(1)&lt;/script&gt;</span>")]
    [InlineData("tab\there\u0008bell\u0007", "tab\thereb" + "ell")]
    [InlineData("\u001b[4;9;3mu\u001b[24;29;23mn", "<span class=\"a-i a-u a-s\">u</span>n")]
    [InlineData("\u001b[31", "")]
    public void AppendLine_RendersSgrAsSpansAndEncodesText(string line, string expected)
    {
        var html = new StringBuilder();
        AnsiHtml.AppendLine(html, line);
        Assert.Equal(expected, html.ToString());
    }

    [Fact]
    public void AppendLine_StylesCarryFromLineToLine_AndThroughCarriageReturns()
    {
        var state = default(SgrState);
        var html = new StringBuilder();

        AnsiHtml.AppendLine(html, "\u001b[31mred", ref state);
        AnsiHtml.AppendLine(html.Append('|'), "still red\u001b[1m", ref state);
        AnsiHtml.AppendLine(html.Append('|'), "\u001b[0mplain\u001b[4mhidden\rshown", ref state);
        AnsiHtml.AppendLine(html.Append('|'), "after", ref state);

        Assert.Equal("<span class=\"af1\">red</span>|<span class=\"af1\">still red</span>|<span class=\"a-u\">shown</span>|<span class=\"a-u\">after</span>", html.ToString());
        Assert.Equal(state, SgrState.FromToken(state.ToToken()));
        Assert.Equal(default, SgrState.FromToken("9.9.9.9.999"));
    }

    [Fact]
    public void PlainText_StripsSequencesAndControls()
    {
        Assert.Equal("ERROR: boom", AnsiHtml.PlainText("\u001b[1;31mERROR:\u001b[0m boom"));
    }
}

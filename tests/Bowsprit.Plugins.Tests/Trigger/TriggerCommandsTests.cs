using Bowsprit.Plugins.Trigger;

namespace Bowsprit.Plugins.Tests.Trigger;

public sealed class TriggerCommandsTests
{
    public sealed record ParseCase(string Name, string Body, string Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<ParseCase> Cases => new()
    {
        new ParseCase("retest", "/retest", "retest test-or-retest"),
        new ParseCase("retest with trailing spaces and CRLF", "/retest  \r\nthanks", "retest test-or-retest"),
        new ParseCase("retest-required is not retest", "/retest-required", "retest-required test-or-retest"),
        new ParseCase("test all", "/test all", "test-all test-or-retest"),
        new ParseCase("test all with comma", "/test all, please", "test-all test-or-retest"),
        new ParseCase("test allx is not test all", "/test allx", "test-or-retest"),
        new ParseCase("manual required", "/test-manual-required", "test-manual-required test-or-retest"),
        new ParseCase("ok-to-test", "/ok-to-test", "ok-to-test"),
        new ParseCase("ok-to-test cancel", "/ok-to-test   cancel", "ok-to-test-cancel"),
        new ParseCase("ok-to-test on a later line", "LGTM\n/ok-to-test\n", "ok-to-test"),
        new ParseCase("vertical tab is not RE2 whitespace", "/retest\v", ""),
        new ParseCase("indented command is not a command", " /retest", ""),
        new ParseCase("testing is not test", "/testing", ""),
    };

    [Theory, MemberData(nameof(Cases))]
    public void Parse_FindsCommands(ParseCase c)
    {
        var parsed = ParsedComment.Parse(c.Body, ignoreOkToTest: false);

        (bool Found, string Name)[] commands =
        [
            (parsed.Retest, "retest"), (parsed.RetestRequired, "retest-required"), (parsed.TestAll, "test-all"),
            (parsed.TestManualRequired, "test-manual-required"), (parsed.OkToTest, "ok-to-test"),
            (parsed.OkToTestCancel, "ok-to-test-cancel"), (parsed.TestOrRetest, "test-or-retest"),
        ];
        Assert.Equal(c.Expected, string.Join(' ', commands.Where(x => x.Found).Select(x => x.Name)));
        Assert.Equal(c.Expected.Length > 0, parsed.HasCommand);
    }

    [Fact]
    public void Parse_IgnoreOkToTest_DropsOkToTestCommands()
    {
        var parsed = ParsedComment.Parse("/ok-to-test\n/ok-to-test cancel", ignoreOkToTest: true);

        Assert.False(parsed.OkToTest || parsed.OkToTestCancel || parsed.HasCommand);
    }

    [Fact]
    public void JobNames_AreStableUuidsPerDeliveryJobAndSha()
    {
        var name = JobNames.For("guid-1", "unit", "abc");

        Assert.Equal(name, JobNames.For("guid-1", "unit", "abc"));
        Assert.NotEqual(name, JobNames.For("guid-2", "unit", "abc"));
        Assert.NotEqual(name, JobNames.For("guid-1", "lint", "abc"));
        Assert.NotEqual(name, JobNames.For("guid-1", "unit", "abd"));
        Assert.True(Guid.TryParse(name, out _));
        Assert.Equal(name!.ToLowerInvariant(), name);
        Assert.Null(JobNames.For("", "unit", "abc"));
    }
}

using Bowsprit.Core.Api;

namespace Bowsprit.Core.Tests.Api;

public sealed class LabelValuesTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("main", true)]
    [InlineData("release-1.2", true)]
    [InlineData("release/1.2", false)]
    [InlineData("-leading", false)]
    [InlineData("trailing.", false)]
    [InlineData("has space", false)]
    public void IsValid_Value_FollowsKubernetesRules(string value, bool expected) =>
        Assert.Equal(expected, LabelValues.IsValid(value));

    [Fact]
    public void IsValid_SixtyFourCharacters_IsTooLong()
    {
        Assert.True(LabelValues.IsValid(new string('a', 63)));
        Assert.False(LabelValues.IsValid(new string('a', 64)));
    }

    [Fact]
    public void Truncate_LongName_KeepsSixtyThreeAndTrimsSeparators()
    {
        var name = new string('a', 61) + "-._b-tail";

        var label = LabelValues.Truncate(name);

        Assert.Equal(new string('a', 61), label);
        Assert.Equal("short-name", LabelValues.Truncate("short-name"));
    }

    [Theory]
    [InlineData("release/1.2", "1.2")]
    [InlineData("feature/x/y", "y")]
    [InlineData("ok", "ok")]
    [InlineData("bad value", null)]
    [InlineData("refs/heads/", "heads")]
    public void Sanitize_InvalidValue_UsesBasenameOrDrops(string value, string? expected) =>
        Assert.Equal(expected, LabelValues.Sanitize(value));
}

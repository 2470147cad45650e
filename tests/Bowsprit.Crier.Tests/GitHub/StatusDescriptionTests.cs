using Bowsprit.Crier.GitHub;

namespace Bowsprit.Crier.Tests.GitHub;

/// <summary>Expected values were computed by running Prow's algorithm (UTF-8 byte lengths, re-measured padding loop).</summary>
public sealed class StatusDescriptionTests
{
    private static readonly string Sha = new('a', 40);

    [Fact]
    public void Short_IsPaddedWithEmQuads_BeforeTheSuffix()
    {
        var description = StatusDescription.WithBaseSha("Job succeeded.", Sha);

        Assert.Equal("Job succeeded." + new string('\u2001', 20) + " BaseSHA:" + Sha, description);
        Assert.Equal(123, System.Text.Encoding.UTF8.GetByteCount(description));
        Assert.Equal(Sha, StatusDescription.BaseShaOf(description));
    }

    [Fact]
    public void NearTheLimit_OnePadPushesPast140Bytes_SoTheTextIsElided()
    {
        var description = StatusDescription.WithBaseSha(new string('x', 90), Sha);

        Assert.Equal(new string('x', 41) + " ... " + new string('x', 41) + "\u2001 BaseSHA:" + Sha, description);
    }

    [Fact]
    public void Long_IsElidedInTheMiddle_ToExactly140()
    {
        var description = StatusDescription.WithBaseSha(new string('y', 200), Sha);

        Assert.Equal(140, description.Length);
        Assert.Equal(new string('y', 43) + " ... " + new string('y', 43) + " BaseSHA:" + Sha, description);
    }

    [Fact]
    public void WithoutBaseSha_OnlyTruncates()
    {
        Assert.Equal("Job failed.", StatusDescription.WithBaseSha("Job failed.", null));
        var description = StatusDescription.WithBaseSha(new string('z', 200), "");
        Assert.Equal(new string('z', 67) + " ... " + new string('z', 67), description);
        Assert.Equal("", StatusDescription.BaseShaOf(description));
    }
}

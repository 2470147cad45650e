using System.Globalization;
using Bowsprit.Core.Api;
using Bowsprit.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bowsprit.Core.Tests.Api;

public sealed class BuildIdGeneratorTests
{
    [Fact]
    public void Next_KnownInstant_EncodesMillisecondsNodeAndSequence()
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1_584_987_912_955));
        var generator = new BuildIdGenerator(time);

        var first = long.Parse(generator.Next(), CultureInfo.InvariantCulture);
        var second = long.Parse(generator.Next(), CultureInfo.InvariantCulture);

        Assert.Equal(((1_584_987_912_955L - 1_288_834_974_657L) << 22) | (1L << 12), first);
        Assert.Equal(first + 1, second);
        Assert.Equal(19, first.ToString(CultureInfo.InvariantCulture).Length);
    }

    [Fact]
    public void Next_ClockMovesOnOrBack_StaysIncreasing()
    {
        var time = new SettableTimeProvider(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero));
        var generator = new BuildIdGenerator(time);
        var ids = new List<long>();

        for (var i = 0; i < 5000; i++)
        {
            ids.Add(long.Parse(generator.Next(), CultureInfo.InvariantCulture));
        }

        time.Now += TimeSpan.FromMilliseconds(5);
        ids.Add(long.Parse(generator.Next(), CultureInfo.InvariantCulture));
        time.Now -= TimeSpan.FromSeconds(1);
        ids.Add(long.Parse(generator.Next(), CultureInfo.InvariantCulture));

        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}

using System.Text;
using System.Text.Json;
using Bowsprit.Core.Api;
using Bowsprit.Deck.Index;
using Bowsprit.Deck.Tests.Support;

namespace Bowsprit.Deck.Tests;

public sealed class IndexUnitTests
{
    [Fact]
    public void StrippingCutsFirstAdjacentAndLastMembersAndStaysValidJson()
    {
        var json = Encoding.UTF8.GetBytes("""{"metadata":{"labels":{"a":"b"},"annotations":{"c":"d"},"name":"x","managedFields":[{"m":1}]},"spec":{"type":"periodic","decoration_config":{"x":1}}}""");

        var stripped = Encoding.UTF8.GetString(ProwJobJson.Strip(json, ProwJobOmit.Labels | ProwJobOmit.Annotations | ProwJobOmit.DecorationConfig, 0));

        Assert.Equal("""{"metadata":{"name":"x"},"spec":{"type":"periodic"}}""", stripped);
        using var _ = JsonDocument.Parse(stripped);
    }

    [Fact]
    public void UnfilteredPagesCountHiddenJobsAndHiddenReposOut()
    {
        var jobs = Enumerable.Range(0, 30).Select(i => new DeckJob(TestJobs.Make("j", i % 3 == 0 ? "secret/x" : "org/a", minute: i, hidden: i == 29))).ToList();
        var snapshot = new JobIndexSnapshot(jobs, 1);

        var (page, total) = snapshot.Page(new JobFilter(), new VisibilityRule(false, new HashSet<string> { "secret" }), 0, 5);
        Assert.Equal(19, total);
        Assert.Equal([28, 26, 25, 23, 22], page.Select(j => j.Start.Minute - TestJobs.Epoch.Minute));

        var (hiddenPage, hiddenTotal) = snapshot.Page(new JobFilter(), new VisibilityRule(true, new HashSet<string> { "secret" }), 0, 50);
        Assert.Equal(11, hiddenTotal);
        Assert.Equal(11, hiddenPage.Count);

        var (_, everything) = snapshot.Page(new JobFilter(), VisibilityRule.Everything, 0, 5);
        Assert.Equal(30, everything);
        Assert.Equal(ProwJobState.Success, snapshot.Jobs[0].State);
    }
}

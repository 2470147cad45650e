using System.Text;
using Bowsprit.Core.Api;
using Prometheus;

namespace Bowsprit.Plank.Tests;

public sealed class PlankMetricsTests
{
    private static async Task<string> ScrapeAsync(CollectorRegistry registry)
    {
        using var stream = new MemoryStream();
        await registry.CollectAndExportAsTextAsync(stream, PlankHarness.Ct);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public async Task ProwJobsGauge_CountsByState_AndDropsVanishedSeries()
    {
        var metrics = new PlankMetrics();
        var done = Jobs.Triggered("c");
        done.Status.State = ProwJobState.Success;

        metrics.SetJobs([Jobs.Triggered("a"), Jobs.Triggered("b"), done]);
        var first = await ScrapeAsync(metrics.Registry);
        metrics.SetJobs([done]);
        var second = await ScrapeAsync(metrics.Registry);

        Assert.Contains("prowjobs{job_namespace=\"\",job_name=\"unit\",type=\"periodic\",state=\"triggered\",org=\"\",repo=\"\",base_ref=\"\",cluster=\"\",retest=\"\"} 2", first, StringComparison.Ordinal);
        Assert.Contains("state=\"success\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("state=\"triggered\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Controller_CountsTransitions()
    {
        await using var h = new PlankHarness();
        await h.StartAsync();
        await h.AddAsync(Jobs.Triggered("a"));
        await h.WaitForStartedAsync("a");
        h.Runtime.Finish("a", succeeded: true);
        await h.WaitForStateAsync("a", ProwJobState.Success);

        var text = await ScrapeAsync(h.Metrics.Registry);

        Assert.Contains("prowjob_state_transitions{job_namespace=\"\",job_name=\"unit\",type=\"periodic\",state=\"pending\"", text, StringComparison.Ordinal);
        Assert.Contains("prowjob_state_transitions{job_namespace=\"\",job_name=\"unit\",type=\"periodic\",state=\"success\"", text, StringComparison.Ordinal);
    }
}

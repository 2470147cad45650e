using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Crier.GitHub;
using Bowsprit.Crier.Slack;
using Bowsprit.Crier.Tests.Support;
using Bowsprit.GitHub.Client;
using Bowsprit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Prometheus;

namespace Bowsprit.Crier.Tests.Controller;

/// <summary>AddCrier as a composition root uses it: a host with a store and a GitHub client reports to the forge.</summary>
public sealed class CrierServiceCollectionTests(ForgeFixture forge)
{
    [Fact]
    public async Task AddCrier_HostReportsToForge_AndExportsProwMetricNames()
    {
        var ct = TestContext.Current.CancellationToken;
        var repo = await forge.NewRepoAsync(ct);
        var store = new InMemoryProwJobStore();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IProwJobStore>(store);
        builder.Services.AddSingleton(forge.Client(ForgeFixture.Bot));
        builder.Services.AddCrier(new CrierOptions { BotLogin = ForgeFixture.Bot });
        using var host = builder.Build();
        await host.StartAsync(ct);

        Assert.Equal([GitHubReporter.ReporterName], host.Services.GetRequiredService<CrierController>().Reporters);
        var job = await store.CreateAsync(TestJobs.Presubmit(repo, "unit", ProwJobState.Failure), ct);
        await CrierRun.ReportedAsync(store, job.Name, GitHubReporter.ReporterName, ProwJobState.Failure, ct);
        Assert.Equal("failure", Assert.Single(await forge.Client("alice").ListStatusesAsync(repo.Org, repo.Name, repo.HeadSha, ct)).State);

        using var exported = new MemoryStream();
        await host.Services.GetRequiredService<CollectorRegistry>().CollectAndExportAsTextAsync(exported, ct);
        var text = System.Text.Encoding.UTF8.GetString(exported.ToArray());
        Assert.Contains("crier_reporting_results{reporter=\"github-reporter\",result=\"success\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("crier_report_latency_bucket{reporter=\"github-reporter\"", text, StringComparison.Ordinal);
        await host.StopAsync(ct);
    }

    [Fact]
    public void SlackWithoutTokenFile_IsRejectedAtStartup() =>
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddCrier(new CrierOptions { SlackWorkers = 1 }));

    [Fact]
    public void SlackOnly_NeedsNoGitHubClient()
    {
        var options = new CrierOptions { GitHubWorkers = 0, SlackWorkers = 2 };
        options.SlackTokenFiles[SlackReporter.DefaultHost] = "/dev/null";
        var services = new ServiceCollection().AddLogging().AddSingleton<IProwJobStore>(new InMemoryProwJobStore()).AddCrier(options);
        using var provider = services.BuildServiceProvider();

        Assert.Equal([SlackReporter.ReporterName], provider.GetRequiredService<CrierController>().Reporters);
        Assert.Null(provider.GetService<GitHubClient>());
    }
}

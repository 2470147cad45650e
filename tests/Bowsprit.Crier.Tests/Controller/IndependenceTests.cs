using Bowsprit.Core.Api;
using Bowsprit.Core.Config;
using Bowsprit.Core.Config.Sections;
using Bowsprit.Crier.GitHub;
using Bowsprit.Crier.Slack;
using Bowsprit.Crier.Tests.Support;
using Bowsprit.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bowsprit.Crier.Tests.Controller;

/// <summary>Each reporter has its own queue: a Slack that hangs does not hold GitHub statuses back.</summary>
public sealed class IndependenceTests(ForgeFixture forge)
{
    [Fact]
    public async Task HangingSlack_DoesNotDelayGitHub()
    {
        var ct = TestContext.Current.CancellationToken;
        var repo = await forge.NewRepoAsync(ct);
        await using var slack = await LoopbackServer.StartAsync(ct);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        slack.Handler = async (_, http) =>
        {
            await release.Task.WaitAsync(ct);
            await http.Response.WriteAsync("ok");
        };
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, slack.Url + "/hook", ct);

        var store = new InMemoryProwJobStore();
        var config = new ProwConfig
        {
            SlackReporterConfigs = new() { ["*"] = new SlackReporterDefaults { Channel = "#ci", JobTypesToReport = [ProwJobType.Presubmit], JobStatesToReport = [ProwJobState.Failure, ProwJobState.Success] } },
        };
        var options = CrierRun.Options(config);
        options.SlackWorkers = 1;
        options.SlackTokenFiles[SlackReporter.DefaultHost] = file;
        var index = new ProwJobIndex();
        var github = new GitHubReporter(forge.Client(ForgeFixture.Bot), store, index, options, NullLogger<GitHubReporter>.Instance);
        var slackReporter = new SlackReporter(new SlackClient(new HttpClient(), options), options);
        await using var crier = await CrierRun.StartAsync(store, index, options, [new(github, 2), new(slackReporter, 1)], ct);

        var first = await store.CreateAsync(TestJobs.Presubmit(repo, "unit", ProwJobState.Failure), ct);
        var second = await store.CreateAsync(TestJobs.Presubmit(repo, "lint", ProwJobState.Success), ct);
        await CrierRun.ReportedAsync(store, first.Name, GitHubReporter.ReporterName, ProwJobState.Failure, ct);
        await CrierRun.ReportedAsync(store, second.Name, GitHubReporter.ReporterName, ProwJobState.Success, ct);
        Assert.Equal(2, (await forge.Client("alice").ListStatusesAsync(repo.Org, repo.Name, repo.HeadSha, ct)).Count);
        Assert.DoesNotContain(store.Snapshot(), j => j.Status.PrevReportStates!.ContainsKey(SlackReporter.ReporterName));

        release.SetResult();
        var done = await CrierRun.ReportedAsync(store, first.Name, SlackReporter.ReporterName, ProwJobState.Failure, ct);
        await CrierRun.ReportedAsync(store, second.Name, SlackReporter.ReporterName, ProwJobState.Success, ct);
        Assert.Equal(ProwJobState.Failure, done.Status.PrevReportStates![GitHubReporter.ReporterName]);
        File.Delete(file);
    }
}

using Bowsprit.Core.Api;
using Bowsprit.Crier.GitHub;
using Bowsprit.Crier.Tests.Support;

namespace Bowsprit.Crier.Tests.Controller;

public sealed class WatchAndRecordTests(ForgeFixture forge)
{
    [Fact]
    public async Task ExpiredWatch_ListsAgain_AndReportsWhatChangedInTheGap()
    {
        var ct = TestContext.Current.CancellationToken;
        var repo = await forge.NewRepoAsync(ct);
        var store = new ScriptedStore();
        store.ExpireWatches(1);
        await using var crier = await CrierRun.GitHubAsync(forge, store, ct);
        await Eventually.ReturnsAsync(() => Task.FromResult(store.Lists), n => n >= 1, "the initial list", ct);

        // Created after the initial list, while the only watch has expired: just the re-list can find it.
        var job = await store.CreateAsync(TestJobs.Presubmit(repo, "unit", ProwJobState.Success), ct);
        await CrierRun.ReportedAsync(store, job.Name, GitHubReporter.ReporterName, ProwJobState.Success, ct);

        Assert.True(store.Lists >= 2, $"expected a re-list after the expired watch, saw {store.Lists} list(s)");
        Assert.Single(await forge.Client("alice").ListStatusesAsync(repo.Org, repo.Name, repo.HeadSha, ct));
    }

    [Fact]
    public async Task RecordFailing_ReportsAgainLater_SoNothingIsLost()
    {
        var ct = TestContext.Current.CancellationToken;
        var repo = await forge.NewRepoAsync(ct);
        var store = new ScriptedStore();
        await using var crier = await CrierRun.GitHubAsync(forge, store, ct);

        // The report reaches GitHub but writing prev_report_states fails, as if crier died in between.
        store.FailUpdates(1);
        var job = await store.CreateAsync(TestJobs.Presubmit(repo, "unit", ProwJobState.Success), ct);
        await CrierRun.ReportedAsync(store, job.Name, GitHubReporter.ReporterName, ProwJobState.Success, ct);

        // Report first, then record: at least once, never zero times.
        var statuses = await forge.Client("alice").ListStatusesAsync(repo.Org, repo.Name, repo.HeadSha, ct);
        Assert.Equal(["success", "success"], statuses.Select(s => s.State));
    }

    [Fact]
    public async Task ConcurrentWriters_RecordWithOptimisticConcurrency()
    {
        var ct = TestContext.Current.CancellationToken;
        var repo = await forge.NewRepoAsync(ct);
        var store = new ScriptedStore();
        var options = CrierRun.Options();
        options.GitHubWorkers = 8;
        await using var crier = await CrierRun.GitHubAsync(forge, store, ct, options: options);

        var jobs = new List<ProwJob>();
        for (var i = 0; i < 12; i++)
        {
            jobs.Add(await store.CreateAsync(TestJobs.Postsubmit(repo, $"build-{i}", ProwJobState.Pending), ct));
        }

        // Plank keeps writing the jobs while crier records on them: every record survives the conflicts.
        foreach (var job in jobs)
        {
            var current = (await store.GetAsync(job.Name, ct))!;
            current.Metadata.Annotations = new Dictionary<string, string> { ["touched"] = "yes" };
            await store.UpdateAsync(current, ct);
        }

        foreach (var job in jobs)
        {
            var recorded = await CrierRun.ReportedAsync(store, job.Name, GitHubReporter.ReporterName, ProwJobState.Pending, ct);
            Assert.Equal("yes", recorded.Metadata.Annotations!["touched"]);
        }

        Assert.Equal(12, (await forge.Client("alice").ListStatusesAsync(repo.Org, repo.Name, repo.BaseSha, ct)).Count);
    }
}

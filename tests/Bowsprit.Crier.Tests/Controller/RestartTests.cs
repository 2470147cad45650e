using Bowsprit.Core.Api;
using Bowsprit.Crier.GitHub;
using Bowsprit.Crier.Tests.Support;
using Bowsprit.Sqlite;

namespace Bowsprit.Crier.Tests.Controller;

/// <summary>prev_report_states lives on the job in the durable store: a restarted crier neither repeats nor loses reports.</summary>
public sealed class RestartTests(ForgeFixture forge) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bowsprit-crier-restart").FullName;

    [Fact]
    public async Task Restart_DoesNotReReport_AndCatchesUpOnChangesMadeWhileDown()
    {
        var ct = TestContext.Current.CancellationToken;
        var repo = await forge.NewRepoAsync(ct);
        var path = Path.Combine(_dir, "prowjobs.db");

        string done, changedWhileDown;
        await using (var store = await SqliteProwJobStore.OpenAsync(path, ct))
        {
            await using var crier = await CrierRun.GitHubAsync(forge, store, ct);
            var job = await store.CreateAsync(TestJobs.Presubmit(repo, "unit", ProwJobState.Pending), ct);
            job = await CrierRun.ReportedAsync(store, job.Name, GitHubReporter.ReporterName, ProwJobState.Pending, ct);
            await store.UpdateAsync(TestJobs.With(job, ProwJobState.Success), ct);
            done = job.Name;
            await CrierRun.ReportedAsync(store, done, GitHubReporter.ReporterName, ProwJobState.Success, ct);

            var lint = await store.CreateAsync(TestJobs.Presubmit(repo, "lint", ProwJobState.Pending), ct);
            await CrierRun.ReportedAsync(store, lint.Name, GitHubReporter.ReporterName, ProwJobState.Pending, ct);
            changedWhileDown = lint.Name;
        }

        // Crier is down: plank finishes lint meanwhile.
        await using (var store = await SqliteProwJobStore.OpenAsync(path, ct))
        {
            var lint = (await store.GetAsync(changedWhileDown, ct))!;
            await store.UpdateAsync(TestJobs.With(lint, ProwJobState.Failure), ct);
        }

        await using (var store = await SqliteProwJobStore.OpenAsync(path, ct))
        {
            await using var crier = await CrierRun.GitHubAsync(forge, store, ct);
            await CrierRun.ReportedAsync(store, changedWhileDown, GitHubReporter.ReporterName, ProwJobState.Failure, ct);

            // A later job is the sign the restarted crier has been through everything before it.
            var marker = await store.CreateAsync(TestJobs.Presubmit(repo, "marker", ProwJobState.Success), ct);
            await CrierRun.ReportedAsync(store, marker.Name, GitHubReporter.ReporterName, ProwJobState.Success, ct);
            Assert.Equal(2, crier.Metrics.Results.WithLabels(GitHubReporter.ReporterName, CrierMetrics.Success).Value);
        }

        var statuses = await forge.Client("alice").ListStatusesAsync(repo.Org, repo.Name, repo.HeadSha, ct);
        Assert.Equal(["success", "pending"], statuses.Where(s => s.Context == "unit").Select(s => s.State));
        Assert.Equal(["failure", "pending"], statuses.Where(s => s.Context == "lint").Select(s => s.State));
        Assert.Single(await forge.Client("alice").ListIssueCommentsAsync(repo.Org, repo.Name, repo.Pull, ct));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

using Bowsprit.Core.Api;
using Bowsprit.Core.Config;
using Bowsprit.Core.Config.Sections;
using Bowsprit.Crier.GitHub;
using Bowsprit.Crier.Tests.Support;
using Bowsprit.Testing;

namespace Bowsprit.Crier.Tests.GitHub;

/// <summary>Commit statuses reach the forge through the whole controller: store → watch → queue → reporter → GitHub API.</summary>
public sealed class GitHubStatusTests(ForgeFixture forge)
{
    [Fact]
    public async Task Presubmit_PendingThenSuccess_StatusesOnHeadSha()
    {
        var ct = TestContext.Current.CancellationToken;
        var repo = await forge.NewRepoAsync(ct);
        var store = new InMemoryProwJobStore();
        await using var crier = await CrierRun.GitHubAsync(forge, store, ct);

        var job = await store.CreateAsync(TestJobs.Presubmit(repo, "unit", ProwJobState.Pending), ct);
        job = await CrierRun.ReportedAsync(store, job.Name, GitHubReporter.ReporterName, ProwJobState.Pending, ct);
        var pending = await forge.Client("alice").GetCombinedStatusAsync(repo.Org, repo.Name, repo.HeadSha, ct);
        Assert.Equal("pending", Assert.Single(pending.Statuses).State);

        await store.UpdateAsync(TestJobs.With(job, ProwJobState.Success), ct);
        await CrierRun.ReportedAsync(store, job.Name, GitHubReporter.ReporterName, ProwJobState.Success, ct);
        var statuses = await forge.Client("alice").ListStatusesAsync(repo.Org, repo.Name, repo.HeadSha, ct);
        Assert.Equal(["success", "pending"], statuses.Select(s => s.State));
        var latest = statuses[0];
        Assert.Equal("unit", latest.Context);
        Assert.Equal("http://deck.example.test/view/unit/0", latest.TargetUrl);
        Assert.Equal(StatusDescription.WithBaseSha("Job succeeded.", repo.BaseSha), latest.Description);
        Assert.Equal(repo.BaseSha, StatusDescription.BaseShaOf(latest.Description));
        Assert.Equal(ForgeFixture.Bot, latest.Creator?.Login);
    }

    [Theory]
    [InlineData(ProwJobState.Failure, "failure")]
    [InlineData(ProwJobState.Aborted, "failure")]
    [InlineData(ProwJobState.Error, "error")]
    [InlineData(ProwJobState.Triggered, "pending")]
    public async Task StateMapping_IsProws(ProwJobState state, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        var repo = await forge.NewRepoAsync(ct);
        var store = new InMemoryProwJobStore();
        await using var crier = await CrierRun.GitHubAsync(forge, store, ct);

        var job = await store.CreateAsync(TestJobs.Postsubmit(repo, "build", state), ct);
        await CrierRun.ReportedAsync(store, job.Name, GitHubReporter.ReporterName, state, ct);

        // Postsubmits report on the pushed (base) SHA.
        var status = Assert.Single(await forge.Client("alice").ListStatusesAsync(repo.Org, repo.Name, repo.BaseSha, ct));
        Assert.Equal(expected, status.State);
        Assert.Equal("build", status.Context);
    }

    [Fact]
    public async Task SkipReport_JobTypesToReport_AndGerritJobs_AreNotReported()
    {
        var ct = TestContext.Current.CancellationToken;
        var repo = await forge.NewRepoAsync(ct);
        var store = new InMemoryProwJobStore();
        var config = new ProwConfig { GitHubReporter = new GitHubReporterConfig { JobTypesToReport = [ProwJobType.Presubmit] } };
        await using var crier = await CrierRun.GitHubAsync(forge, store, ct, config);

        var silent = TestJobs.Presubmit(repo, "silent", ProwJobState.Success);
        silent.Spec.Report = false;
        var gerrit = TestJobs.Presubmit(repo, "gerrit", ProwJobState.Success);
        gerrit.Metadata.Labels![ProwJobLabels.GerritReportLabel] = "Verified";
        var postsubmit = TestJobs.Postsubmit(repo, "post", ProwJobState.Success);
        var periodic = TestJobs.Postsubmit(repo, "periodic", ProwJobState.Success);
        periodic.Spec.Type = ProwJobType.Periodic;
        foreach (var job in new[] { silent, gerrit, postsubmit, periodic })
        {
            await store.CreateAsync(job, ct);
        }

        // A reported job after them proves the others were looked at and passed over.
        var reported = await store.CreateAsync(TestJobs.Presubmit(repo, "loud", ProwJobState.Success), ct);
        await CrierRun.ReportedAsync(store, reported.Name, GitHubReporter.ReporterName, ProwJobState.Success, ct);

        Assert.Equal(["loud"], (await forge.Client("alice").ListStatusesAsync(repo.Org, repo.Name, repo.HeadSha, ct)).Select(s => s.Context));
        Assert.Empty(await forge.Client("alice").ListStatusesAsync(repo.Org, repo.Name, repo.BaseSha, ct));
        Assert.All(store.Snapshot().Where(j => j.Name != reported.Name), j => Assert.Null(j.Status.PrevReportStates));
    }

    [Fact]
    public async Task OlderRunFinishingLate_DoesNotOverwriteNewerRun()
    {
        var ct = TestContext.Current.CancellationToken;
        var repo = await forge.NewRepoAsync(ct);
        var store = new InMemoryProwJobStore();
        await using var crier = await CrierRun.GitHubAsync(forge, store, ct);

        var older = await store.CreateAsync(TestJobs.Presubmit(repo, "e2e", ProwJobState.Pending, minute: 0), ct);
        await CrierRun.ReportedAsync(store, older.Name, GitHubReporter.ReporterName, ProwJobState.Pending, ct);
        var newer = await store.CreateAsync(TestJobs.Presubmit(repo, "e2e", ProwJobState.Success, minute: 5), ct);
        await CrierRun.ReportedAsync(store, newer.Name, GitHubReporter.ReporterName, ProwJobState.Success, ct);

        older = (await store.GetAsync(older.Name, ct))!;
        await store.UpdateAsync(TestJobs.With(older, ProwJobState.Failure), ct);
        await CrierRun.ReportedAsync(store, older.Name, GitHubReporter.ReporterName, ProwJobState.Failure, ct);

        var combined = await forge.Client("alice").GetCombinedStatusAsync(repo.Org, repo.Name, repo.HeadSha, ct);
        Assert.Equal("success", Assert.Single(combined.Statuses).State);
        Assert.Empty(await forge.Client("alice").ListIssueCommentsAsync(repo.Org, repo.Name, repo.Pull, ct));
    }

    [Fact]
    public async Task UnknownSha_IsIgnoredAndRecorded_NotRetriedForever()
    {
        var ct = TestContext.Current.CancellationToken;
        var repo = await forge.NewRepoAsync(ct);
        var store = new InMemoryProwJobStore();
        await using var crier = await CrierRun.GitHubAsync(forge, store, ct);

        var job = await store.CreateAsync(TestJobs.Presubmit(repo, "gone", ProwJobState.Failure, sha: new string('d', 40)), ct);
        await CrierRun.ReportedAsync(store, job.Name, GitHubReporter.ReporterName, ProwJobState.Failure, ct);

        // A force-pushed-away SHA: no status can exist, and no comment is made for it either (as Prow).
        Assert.Empty(await forge.Client("alice").ListIssueCommentsAsync(repo.Org, repo.Name, repo.Pull, ct));
        Assert.Equal(1, crier.Metrics.Results.WithLabels(GitHubReporter.ReporterName, CrierMetrics.Success).Value);
    }
}

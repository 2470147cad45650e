using System.Text.Json;
using Bowsprit.Core.Api;
using Bowsprit.Crier.Artifacts;
using Bowsprit.Storage;
using k8s.Models;

namespace Bowsprit.Crier.Tests;

public sealed class ArtifactsReporterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bowsprit-crier-artifacts", Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task EveryState_RewritesProwJobJson_InTheRunsDirectory()
    {
        var reporter = Reporter();
        var job = Job(ProwJobState.Pending);

        Assert.True(reporter.ShouldReport(job));
        await reporter.ReportAsync(job, Ct);
        job.Status.State = ProwJobState.Success;
        await reporter.ReportAsync(job, Ct);

        using var written = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Dir(), "prowjob.json"), Ct));
        Assert.Equal("success", written.RootElement.GetProperty("status").GetProperty("state").GetString());
        Assert.Equal("pj-1", written.RootElement.GetProperty("metadata").GetProperty("name").GetString());
    }

    [Fact]
    public async Task RunThatNeverStarted_GetsStartedAndFinishedMarkedAsCriers()
    {
        var job = Job(ProwJobState.Error);

        await Reporter().ReportAsync(job, Ct);

        using var finished = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Dir(), "finished.json"), Ct));
        Assert.Equal("ERROR", finished.RootElement.GetProperty("result").GetString());
        Assert.False(finished.RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal("crier", finished.RootElement.GetProperty("metadata").GetProperty("uploader").GetString());
        Assert.True(File.Exists(Path.Combine(Dir(), "started.json")));
        Assert.Equal("7", await File.ReadAllTextAsync(Path.Combine(_root, "pr-logs", "directory", "unit", "latest-build.txt"), Ct));
    }

    [Fact]
    public async Task FinishedByThePodUtilities_IsLeftAlone_AndUndecoratedJobsAreNotReported()
    {
        Directory.CreateDirectory(Dir());
        await File.WriteAllTextAsync(Path.Combine(Dir(), "finished.json"), """{"passed":true,"result":"SUCCESS"}""", Ct);

        await Reporter().ReportAsync(Job(ProwJobState.Success), Ct);

        Assert.Contains("\"SUCCESS\"", await File.ReadAllTextAsync(Path.Combine(Dir(), "finished.json"), Ct), StringComparison.Ordinal);
        var undecorated = Job(ProwJobState.Success);
        undecorated.Spec.DecorationConfig = null;
        Assert.False(Reporter().ShouldReport(undecorated));
    }

    private ArtifactsReporter Reporter() => new(new ArtifactsReporterOptions
    {
        Store = new LocalArtifactStore(_root),
        Bucket = new StoragePath(StorageProvider.File, _root, ""),
    });

    private string Dir() => Path.Combine(_root, "pr-logs", "pull", "acme_widgets", "12", "unit", "7");

    private static ProwJob Job(ProwJobState state) => new()
    {
        Metadata = new V1ObjectMeta { Name = "pj-1" },
        Spec = new ProwJobSpec
        {
            Type = ProwJobType.Presubmit,
            Job = "unit",
            DecorationConfig = new DecorationConfig(),
            Refs = new Refs { Org = "acme", Repo = "widgets", BaseRef = "main", BaseSha = "b", Pulls = [new Pull { Number = 12, Sha = "p" }] },
        },
        Status = new ProwJobStatus { State = state, BuildId = "7", StartTime = DateTimeOffset.UnixEpoch.AddDays(20000) },
    };
}

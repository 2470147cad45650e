using System.Text;
using System.Text.Json.Nodes;
using Bowsprit.Core.Api;
using Bowsprit.Storage;

namespace Bowsprit.Crier.Artifacts;

/// <summary>
/// Prow's <c>gcsreporter</c>: keeps <c>prowjob.json</c> in the run's artifact directory current on every state
/// change, so the job page can show the ProwJob after the store has forgotten it. When a run ends without the pod
/// utilities having recorded it (it errored before starting, or timed out pending), it also writes
/// <c>started.json</c>/<c>finished.json</c>, marked <c>metadata.uploader: crier</c>.
/// </summary>
public sealed class ArtifactsReporter(ArtifactsReporterOptions options) : IReporter
{
    public const string ReporterName = "gcsreporter";
    public const string ProwJobFile = "prowjob.json";

    public string Name => ReporterName;

    /// <summary>Decorated runs that have a build id, i.e. a place in the bucket.</summary>
    public bool ShouldReport(ProwJob job) =>
        job.Spec.DecorationConfig is not null && !string.IsNullOrEmpty(job.Status.BuildId);

    public async Task ReportAsync(ProwJob job, CancellationToken ct)
    {
        var paths = PathStrategyOptions.For(job.Spec.DecorationConfig?.GcsConfiguration, options.DefaultPathStrategy);
        var main = job.Spec.MainRefs;
        var artifactJob = new ArtifactJob(
            job.Spec.Type, job.Spec.Job ?? job.Name, job.Status.BuildId!, main?.Org, main?.Repo,
            job.Spec.Type == ProwJobType.Presubmit ? main?.Pulls?.FirstOrDefault()?.Number : null);
        var directory = ArtifactPaths.JobDirectory(artifactJob, paths);
        await options.Store.WriteAsync($"{directory}/{ProwJobFile}", Encoding.UTF8.GetBytes(ProwJson.Serialize(job, indented: true)), ct)
            .ConfigureAwait(false);
        if (!job.Status.State.IsComplete() || await options.Store.ExistsAsync($"{directory}/{Finished.FileName}", ct).ConfigureAwait(false))
        {
            return;
        }

        var byCrier = new JsonObject { ["uploader"] = "crier" };
        if (!await options.Store.ExistsAsync($"{directory}/{Started.FileName}", ct).ConfigureAwait(false))
        {
            var started = new Started { Timestamp = job.Status.StartTime.ToUnixTimeSeconds(), Metadata = (JsonObject)byCrier.DeepClone() };
            await JobArtifacts.WriteStartedAsync(options.Store, artifactJob, paths, options.Bucket, started, ct).ConfigureAwait(false);
        }

        var finished = new Finished
        {
            Timestamp = (job.Status.CompletionTime ?? job.Status.StartTime).ToUnixTimeSeconds(),
            Passed = job.Status.State == ProwJobState.Success,
            Result = job.Status.State.ToString().ToUpperInvariant(),
            Revision = main is null ? null : main.Pulls is [var pull, ..] ? pull.Sha : string.IsNullOrEmpty(main.BaseSha) ? main.BaseRef : main.BaseSha,
            Metadata = byCrier,
        };
        await JobArtifacts.WriteFinishedAsync(options.Store, artifactJob, paths, finished, ct).ConfigureAwait(false);
    }
}

using System.Globalization;
using System.Text;
using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.PodUtils.Clonerefs;
using Bowsprit.PodUtils.Upload;
using Bowsprit.Storage;

namespace Bowsprit.PodUtils.Initupload;

/// <summary>
/// Prow's initupload: records that the run started (<c>started.json</c>, <c>latest-build.txt</c>, the presubmit
/// alias) and what clonerefs did (<c>clone-records.json</c>, <c>clone-log.txt</c>). A failed clone ends the run
/// here: the clone log becomes <c>build-log.txt</c>, <c>finished.json</c> says FAILURE, and the code is non-zero.
/// </summary>
public sealed class InituploadRunner(InituploadOptions options, TimeProvider timeProvider)
{
    public const string CloneRecordsFile = "clone-records.json";
    public const string CloneLogFile = "clone-log.txt";
    public const string BuildLogFile = "build-log.txt";

    /// <param name="target">Where to upload; null for a dry run.</param>
    /// <param name="spec">The run (<c>JOB_SPEC</c>).</param>
    /// <param name="node">The machine or node running the job, for <c>started.json</c>.</param>
    /// <param name="cancellationToken">Cancels the uploads.</param>
    /// <returns>0, or 1 when a clone failed.</returns>
    public async Task<int> RunAsync(UploadTarget? target, DownwardJobSpec spec, string? node, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var records = await ReadRecordsAsync(cancellationToken).ConfigureAwait(false);
        var failed = records?.Any(r => r.Failed) == true;
        if (target is null)
        {
            return failed ? 1 : 0;
        }

        var now = timeProvider.GetUtcNow();
        if (records is not null)
        {
            var cloneLog = Encoding.UTF8.GetBytes(CloneLog.Format(records));
            await target.Store.WriteAsync(target.Key(CloneRecordsFile), Encoding.UTF8.GetBytes(ProwJson.Serialize(records, indented: true)), cancellationToken)
                .ConfigureAwait(false);
            await target.Store.WriteAsync(target.Key(CloneLogFile), cloneLog, cancellationToken).ConfigureAwait(false);
            if (failed)
            {
                await target.Store.WriteAsync(target.Key(BuildLogFile), cloneLog, cancellationToken).ConfigureAwait(false);
            }
        }

        await JobArtifacts.WriteStartedAsync(
            target.Store, target.Job, target.PathStrategy, target.Bucket, StartedFor(spec, records, node, now), cancellationToken).ConfigureAwait(false);
        if (failed)
        {
            var finished = new Finished
            {
                Timestamp = now.ToUnixTimeSeconds(),
                Passed = false,
                Result = "FAILURE",
                Revision = Revision(spec),
            };
            await JobArtifacts.WriteFinishedAsync(target.Store, target.Job, target.PathStrategy, finished, cancellationToken).ConfigureAwait(false);
        }

        return failed ? 1 : 0;
    }

    /// <summary>What <c>finished.json</c> names as tested: the pull's SHA, else the base SHA, else the base ref.</summary>
    public static string? Revision(DownwardJobSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.MainRefs is { } main
            ? main.Pulls is [var pull, ..] ? pull.Sha : string.IsNullOrEmpty(main.BaseSha) ? main.BaseRef : main.BaseSha
            : null;
    }

    public static Started StartedFor(DownwardJobSpec spec, IReadOnlyList<CloneRecord>? records, string? node, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var main = spec.MainRefs;
        var repos = spec.AllRefs.ToDictionary(r => $"{r.Org}/{r.Repo}", r => r.ToString(), StringComparer.Ordinal);

        // The merged SHA is what was tested; without a clone, the pull's head or the base is the best answer.
        var commit = records?.FirstOrDefault(r => main is not null && r.Refs.Org == main.Org && r.Refs.Repo == main.Repo && !r.Failed)?.FinalSha;
        if (string.IsNullOrEmpty(commit))
        {
            commit = main?.Pulls is [var pull, ..] ? pull.Sha : main?.BaseSha;
        }

        return new Started
        {
            Timestamp = now.ToUnixTimeSeconds(),
            Node = string.IsNullOrEmpty(node) ? null : node,
            Pull = main?.Pulls is [var first, ..] ? first.Number.ToString(CultureInfo.InvariantCulture) : null,
            Repos = repos.Count == 0 ? null : repos,
            RepoVersion = string.IsNullOrEmpty(commit) ? null : commit,
            RepoCommit = string.IsNullOrEmpty(commit) ? null : commit,
        };
    }

    private async Task<IReadOnlyList<CloneRecord>?> ReadRecordsAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Log) || !File.Exists(options.Log))
        {
            return null;
        }

        var json = await File.ReadAllTextAsync(options.Log, cancellationToken).ConfigureAwait(false);
        try
        {
            return ProwJson.Deserialize<List<CloneRecord>>(json);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidDataException($"Clone records '{options.Log}' are not valid JSON: {e.Message}", e);
        }
    }
}

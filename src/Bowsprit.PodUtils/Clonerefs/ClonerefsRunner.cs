using Bowsprit.Core.Api;

namespace Bowsprit.PodUtils.Clonerefs;

/// <summary>
/// Prow's clonerefs: clones every ref, writes the clone records JSON to <see cref="ClonerefsOptions.Log"/> and
/// returns the exit code. A failed clone is a job failure reported by initupload, not a clonerefs crash, so the
/// code is 0 unless <see cref="ClonerefsOptions.Fail"/> is set.
/// </summary>
public sealed class ClonerefsRunner(ClonerefsOptions options, TimeProvider timeProvider)
{
    public async Task<ClonerefsResult> RunAsync(CancellationToken cancellationToken)
    {
        var cloner = new RefsCloner(options, timeProvider);
        var records = new CloneRecord[options.Refs.Count];
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelWorkers),
            CancellationToken = cancellationToken,
        };

        // Records keep the order of the refs, whatever order the clones finish in.
        await Parallel.ForEachAsync(
            Enumerable.Range(0, options.Refs.Count),
            parallel,
            async (i, ct) => records[i] = await cloner.CloneAsync(options.Refs[i], ct).ConfigureAwait(false)).ConfigureAwait(false);

        await AtomicFile.WriteAllTextAsync(options.Log, ProwJson.Serialize(records, indented: true), cancellationToken).ConfigureAwait(false);
        var failed = records.Any(r => r.Failed);
        return new ClonerefsResult(records, options.Fail && failed ? 1 : 0);
    }
}

/// <summary>What clonerefs did, and the code its process should exit with.</summary>
public sealed record ClonerefsResult(IReadOnlyList<CloneRecord> Records, int ExitCode);

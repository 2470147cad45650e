using Bowsprit.Storage;

namespace Bowsprit.Crier.Artifacts;

/// <summary>Where the artifacts reporter writes: the bucket runs upload to, and the path strategy when a job names none.</summary>
public sealed class ArtifactsReporterOptions
{
    public required IArtifactStore Store { get; init; }

    /// <summary>The bucket's URL form, for the presubmit alias files (<c>pr-logs/directory/JOB/BUILD.txt</c>).</summary>
    public required StoragePath Bucket { get; init; }

    public PathStrategyOptions DefaultPathStrategy { get; init; } = new(PathStrategy.Explicit);
}

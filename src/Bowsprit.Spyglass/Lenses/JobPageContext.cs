using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Sections;
using Bowsprit.Storage;

namespace Bowsprit.Spyglass.Lenses;

/// <summary>Everything the lenses of one job page share, read once per request.</summary>
internal sealed record JobPageContext(
    JobLocation Job,
    ProwJob? ProwJob,
    Started? Started,
    Finished? Finished,
    bool IsFinished,
    SpyglassConfig? Config,
    IReadOnlyList<ArtifactEntry> Artifacts)
{
    public long SizeLimit => Config?.EffectiveSizeLimit ?? SpyglassConfig.DefaultSizeLimit;

    /// <summary>The raw download URL of an artifact given relative to the run directory.</summary>
    public string RawUrl(string relative) => $"/spyglass/raw/{Job.UrlPath}/{Html.PathEscape(relative)}";

    /// <summary>SUCCESS, FAILURE, ABORTED, ERROR, PENDING...: finished.json's result, else the ProwJob's state.</summary>
    public string Result =>
        Finished?.Result is { Length: > 0 } result ? result.ToUpperInvariant()
        : ProwJob is not null ? ProwJob.Status.State.ToWire().ToUpperInvariant()
        : IsFinished ? "UNKNOWN" : "RUNNING";
}

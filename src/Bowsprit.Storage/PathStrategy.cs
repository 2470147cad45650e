namespace Bowsprit.Storage;

/// <summary>
/// How a presubmit's repository shows up in its artifact path (Prow's <c>gcs_configuration.path_strategy</c>).
/// </summary>
public enum PathStrategy
{
    /// <summary>Omit the segment for the default org and repo, use only the repo name for the default org.</summary>
    Legacy,

    /// <summary>Omit the segment for the default org and repo, <c>org_repo</c> for everything else.</summary>
    Single,

    /// <summary>Always <c>org_repo</c>.</summary>
    Explicit,
}

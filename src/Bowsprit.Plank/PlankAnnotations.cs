namespace Bowsprit.Plank;

/// <summary>Bowsprit's own bookkeeping on a ProwJob (Prow has no equivalent because a pod is its own record).</summary>
public static class PlankAnnotations
{
    /// <summary>
    /// Set once the runtime has accepted the run. Tells a pending job whose run was never started (crash between
    /// recording pending and starting) from one whose run was lost.
    /// </summary>
    public const string RunStarted = "bowsprit.dev/run-started";
}

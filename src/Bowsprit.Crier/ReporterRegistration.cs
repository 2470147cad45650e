namespace Bowsprit.Crier;

/// <summary>A reporter and how many of its reports may run at once (Prow's <c>--github-workers</c>, <c>--slack-workers</c>).</summary>
public sealed record ReporterRegistration(IReporter Reporter, int Workers);

namespace Bowsprit.Forge.Graph;

internal sealed record GraphCommit(string Oid, IReadOnlyList<GraphStatusContext> Contexts, IReadOnlyList<GraphCheckRun> CheckRuns);

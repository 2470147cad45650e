namespace Bowsprit.Forge.Graph;

internal sealed record GraphConnection(int TotalCount, bool HasNextPage, string? EndCursor, IReadOnlyList<object> Nodes);

namespace Bowsprit.Forge.Graph;

internal sealed record GraphStatusContext(string Context, string State, string? Description, string? TargetUrl);

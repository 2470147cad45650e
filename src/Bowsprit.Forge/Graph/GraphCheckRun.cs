namespace Bowsprit.Forge.Graph;

internal sealed record GraphCheckRun(string Name, string Status, string? Conclusion, string? DetailsUrl);

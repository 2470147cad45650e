namespace Bowsprit.Forge.Graph;

internal sealed record GraphRepository(string Owner, string Name, string DefaultBranch, string Url);

namespace Bowsprit.Forge.Graph;

internal sealed record GraphActor(string Login);

namespace Bowsprit.Forge.Graph;

/// <summary>The GraphQL root: resolvers read forge state through it.</summary>
internal sealed record GraphRoot(Api.ForgeContext Forge, string? Viewer, int Remaining, DateTimeOffset ResetAt);

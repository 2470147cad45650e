namespace Bowsprit.Forge.Api;

/// <summary>A budget after one request.</summary>
public readonly record struct RateLimitState(int Limit, int Remaining, int Used, DateTimeOffset Reset, bool Allowed);

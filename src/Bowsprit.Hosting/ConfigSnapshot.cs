namespace Bowsprit.Hosting;

/// <summary>A loaded configuration and when it was loaded; consumers read <see cref="Value"/> each time they act.</summary>
public sealed record ConfigSnapshot<T>(T Value, DateTimeOffset LoadedAt, int Generation)
    where T : class;

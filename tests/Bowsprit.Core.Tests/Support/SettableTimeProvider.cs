namespace Bowsprit.Core.Tests.Support;

/// <summary>A clock a test can move backwards too (FakeTimeProvider refuses to), for clock-step scenarios.</summary>
public sealed class SettableTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

namespace Bowsprit.Forge.Git;

/// <summary>A person git records as author or committer; the time comes from the forge's <see cref="TimeProvider"/>.</summary>
public sealed record GitIdentity(string Name, string Email)
{
    /// <summary>The identity of commits the forge makes on its own (initial README, merge commits without a user).</summary>
    public static GitIdentity Forge { get; } = new("Bowsprit Forge", "forge@bowsprit.invalid");
}

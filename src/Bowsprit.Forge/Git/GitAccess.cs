namespace Bowsprit.Forge.Git;

/// <summary>The decision of <see cref="GitHttpOptions.Authorize"/>; an allowed request may name the user it acts for.</summary>
public sealed record GitAccess(GitAccessKind Kind, string? UserName = null)
{
    public static GitAccess Unauthorized { get; } = new(GitAccessKind.Unauthorized);

    public static GitAccess Forbidden { get; } = new(GitAccessKind.Forbidden);

    public static GitAccess NotFound { get; } = new(GitAccessKind.NotFound);

    /// <summary>Allows the request; <paramref name="userName"/> becomes REMOTE_USER and the push event's pusher.</summary>
    public static GitAccess Allow(string? userName = null) => new(GitAccessKind.Allow, userName);
}

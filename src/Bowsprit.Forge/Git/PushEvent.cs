namespace Bowsprit.Forge.Git;

/// <summary>What one <c>git push</c> changed in a repository; <see cref="Pusher"/> is the HTTP user (REMOTE_USER).</summary>
public sealed record PushEvent(string Org, string Repo, string Pusher, IReadOnlyList<RefUpdate> Updates);

namespace Bowsprit.Forge.Git;

/// <summary>A file's content at a revision, with the blob sha the contents API reports.</summary>
public sealed record GitBlob(string Sha, byte[] Content);

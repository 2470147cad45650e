namespace Bowsprit.Forge.Git;

/// <summary>A raw object read with <c>git cat-file --batch</c>.</summary>
internal sealed record GitObject(string Sha, string Type, byte[] Content);

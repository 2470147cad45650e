namespace Bowsprit.Forge.Git;

/// <summary>
/// One entry of a directory. <see cref="Type"/> is git's object type: "blob", "tree", or "commit" (a submodule);
/// <see cref="Size"/> is null for anything but blobs.
/// </summary>
public sealed record GitTreeEntry(string Name, string Path, string Type, string Mode, string Sha, long? Size);

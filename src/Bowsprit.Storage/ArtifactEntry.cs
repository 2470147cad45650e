namespace Bowsprit.Storage;

/// <summary>One row of a listing. Directory keys end in '/' and have no size.</summary>
public sealed record ArtifactEntry(string Key, bool IsDirectory, long? Size);

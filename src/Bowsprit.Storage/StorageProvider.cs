namespace Bowsprit.Storage;

/// <summary>Where a <see cref="StoragePath"/> points.</summary>
public enum StorageProvider
{
    /// <summary>Google Cloud Storage (<c>gs://</c>).</summary>
    Gcs,

    /// <summary>An S3-compatible service (<c>s3://</c>).</summary>
    S3,

    /// <summary>A directory on local disk.</summary>
    File,
}

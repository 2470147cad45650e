namespace Bowsprit.Storage;

/// <summary>Where and how to reach an S3-compatible bucket.</summary>
public sealed class S3StorageOptions
{
    /// <summary>The service URL, e.g. <c>http://127.0.0.1:4568</c>; empty means AWS itself in <see cref="Region"/>.</summary>
    public string? Endpoint { get; set; }

    public string Region { get; set; } = "us-east-1";

    public required string Bucket { get; set; }

    /// <summary>A folder inside the bucket that every key is placed under.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>
    /// A JSON file with <c>access_key</c> and <c>secret_key</c>, the shape of Prow's <c>s3-credentials</c> secret.
    /// Read from a file so the secret never sits in configuration.
    /// </summary>
    public required string CredentialsFile { get; set; }

    /// <summary>
    /// Bucket in the path instead of the host name; needed by most S3-compatible servers (MinIO, s3rver), which
    /// do not serve per-bucket host names.
    /// </summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>How often a growing log is re-uploaded while the job runs.</summary>
    public TimeSpan LogUploadInterval { get; set; } = TimeSpan.FromSeconds(10);
}

namespace Bowsprit.Storage;

/// <summary>Opens the store a bucket setting (<c>gs://</c>, <c>s3://</c>, <c>file://</c> or a directory) points at.</summary>
public static class ArtifactStores
{
    /// <param name="location">The parsed bucket setting; its prefix becomes the store's root folder.</param>
    /// <param name="s3CredentialsFile">Prow's <c>s3-credentials</c> JSON; required for <c>s3://</c>.</param>
    /// <param name="timeProvider">Clock for periodic log uploads.</param>
    /// <param name="cancellationToken">Cancels reading the credentials.</param>
    /// <returns>The store; dispose it when it is disposable.</returns>
    public static async Task<IArtifactStore> OpenAsync(
        StoragePath location, string? s3CredentialsFile, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        switch (location.Provider)
        {
            case StorageProvider.File:
                return new LocalArtifactStore(location.Bucket);
            case StorageProvider.S3:
                if (string.IsNullOrEmpty(s3CredentialsFile))
                {
                    throw new InvalidOperationException($"Uploading to {location} needs an S3 credentials file (s3_credentials_file).");
                }

                var credentials = await S3Credentials.ReadFileAsync(s3CredentialsFile, cancellationToken).ConfigureAwait(false);
                var options = new S3StorageOptions
                {
                    Bucket = location.Bucket,
                    Prefix = location.Prefix,
                    CredentialsFile = s3CredentialsFile,
                    Endpoint = credentials.EndpointUrl,
                    Region = string.IsNullOrEmpty(credentials.Region) ? "us-east-1" : credentials.Region,
                    // A custom endpoint is nearly always MinIO or similar, which serve no per-bucket host names.
                    ForcePathStyle = credentials.ForcePathStyle || !string.IsNullOrEmpty(credentials.Endpoint),
                };
                return await S3ArtifactStore.CreateAsync(options, timeProvider, cancellationToken).ConfigureAwait(false);
            default:
                throw new NotSupportedException(
                    $"Bowsprit cannot write to {location}: Google Cloud Storage is not supported yet; use s3:// or a local directory.");
        }
    }
}

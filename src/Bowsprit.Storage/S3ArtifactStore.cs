using System.Net;
using System.Runtime.InteropServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Bowsprit.Storage;

/// <summary>
/// Artifacts in an S3-compatible bucket (AWS, MinIO, s3rver; GCS through its interoperable endpoint).
/// Every upload sets <c>UseChunkEncoding = false</c>: AWSSDK v4 otherwise sends aws-chunked bodies, which some
/// compatible servers store verbatim, silently corrupting the object. For the same reason nothing here uses
/// TransferUtility, which cannot turn chunk encoding off; large streams use the low-level multipart calls.
/// </summary>
public sealed partial class S3ArtifactStore : IArtifactStore, IDisposable
{
    private const int DeleteParallelism = 8;

    private readonly IAmazonS3 _client;
    private readonly bool _ownsClient;
    private readonly string _bucket;
    private readonly string _prefix;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _logUploadInterval;

    /// <summary>Wraps a client the caller owns (and disposes).</summary>
    public S3ArtifactStore(IAmazonS3 client, string bucket, string prefix, TimeProvider timeProvider, TimeSpan logUploadInterval)
        : this(client, ownsClient: false, bucket, prefix, timeProvider, logUploadInterval)
    {
    }

    private S3ArtifactStore(
        IAmazonS3 client, bool ownsClient, string bucket, string prefix, TimeProvider timeProvider, TimeSpan logUploadInterval)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(bucket);
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _client = client;
        _ownsClient = ownsClient;
        _bucket = bucket;
        _prefix = ArtifactKey.DirectoryPrefix(prefix);
        _timeProvider = timeProvider;
        _logUploadInterval = logUploadInterval;
    }

    /// <summary>Builds a client from <paramref name="options"/> (reading its credentials file) and owns it.</summary>
    public static async Task<S3ArtifactStore> CreateAsync(
        S3StorageOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var credentials = await S3Credentials.ReadAsync(options.CredentialsFile, cancellationToken).ConfigureAwait(false);
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = options.Region,
            // Checksums only where S3 demands them: compatible servers differ in which trailers they understand.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (string.IsNullOrEmpty(options.Endpoint))
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        }
        else
        {
            config.ServiceURL = options.Endpoint;
        }

        return new S3ArtifactStore(new AmazonS3Client(credentials, config), ownsClient: true, options.Bucket,
            options.Prefix, timeProvider, options.LogUploadInterval);
    }

    public Task WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var stream = MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        return PutAsync(ObjectKey(key), stream, cancellationToken);
    }

    public async Task<byte[]> ReadAsync(string key, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await CopyToAsync(key, buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    public async Task CopyToAsync(string key, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        try
        {
            using var response = await _client.GetObjectAsync(_bucket, ObjectKey(key), cancellationToken)
                .ConfigureAwait(false);
            await response.ResponseStream.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            throw new FileNotFoundException($"No artifact at '{key}' in bucket '{_bucket}'.", key, e);
        }
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await _client.GetObjectMetadataAsync(_bucket, ObjectKey(key), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task<long?> GetSizeAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var metadata = await _client.GetObjectMetadataAsync(_bucket, ObjectKey(key), cancellationToken).ConfigureAwait(false);
            return metadata.ContentLength;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<int> ReadRangeAsync(string key, long offset, Memory<byte> destination, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        if (destination.Length == 0)
        {
            return 0;
        }

        try
        {
            var request = new GetObjectRequest
            {
                BucketName = _bucket,
                Key = ObjectKey(key),
                ByteRange = new ByteRange(offset, offset + destination.Length - 1),
            };
            using var response = await _client.GetObjectAsync(request, cancellationToken).ConfigureAwait(false);
            var total = 0;
            while (total < destination.Length)
            {
                var read = await response.ResponseStream.ReadAsync(destination[total..], cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return total;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            throw new FileNotFoundException($"No artifact at '{key}' in bucket '{_bucket}'.", key, e);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)
        {
            // A range starting at or past the end: S3 answers 416 rather than an empty body.
            return 0;
        }
    }

    public async Task<int> DeleteDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        var objects = await ListAsync(directory, recursive: true, cancellationToken).ConfigureAwait(false);
        // One DeleteObject per key rather than the batch call: batch delete needs a Content-MD5 or checksum header
        // that not every compatible server accepts in the form AWSSDK v4 sends.
        await Parallel.ForEachAsync(
            objects,
            new ParallelOptions { MaxDegreeOfParallelism = DeleteParallelism, CancellationToken = cancellationToken },
            async (entry, ct) => await _client.DeleteObjectAsync(_bucket, _prefix + entry.Key, ct).ConfigureAwait(false))
            .ConfigureAwait(false);
        return objects.Count;
    }

    public async Task<IArtifactLog> CreateLogAsync(string key, CancellationToken cancellationToken)
    {
        var log = new S3ArtifactLog(this, ObjectKey(key), _timeProvider, _logUploadInterval);
        // Uploaded empty at once so readers find the log as soon as the job starts.
        await log.FlushAsync(cancellationToken).ConfigureAwait(false);
        return log;
    }

    public void Dispose()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }
    }

    internal Task PutAsync(string objectKey, Stream body, CancellationToken cancellationToken) =>
        _client.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = _bucket,
                Key = objectKey,
                InputStream = body,
                AutoCloseStream = false,
                UseChunkEncoding = false,
            },
            cancellationToken);

    private string ObjectKey(string key) => _prefix + ArtifactKey.Validate(key);
}

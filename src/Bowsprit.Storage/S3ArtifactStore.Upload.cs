using System.Buffers;
using Amazon.S3.Model;

namespace Bowsprit.Storage;

public sealed partial class S3ArtifactStore
{
    // S3's minimum part size is 5 MiB; 8 MiB keeps the part count low without holding much memory.
    private const int PartSize = 8 * 1024 * 1024;

    public async Task WriteAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var objectKey = ObjectKey(key);
        // Without chunk encoding the SDK signs whole bodies, so content is sent in buffered parts: one PutObject
        // when it fits in a part, multipart otherwise. This also bounds memory for streams of unknown length.
        var buffer = ArrayPool<byte>.Shared.Rent(PartSize);
        try
        {
            var read = await content.ReadAtLeastAsync(buffer.AsMemory(0, PartSize), PartSize, throwOnEndOfStream: false,
                cancellationToken).ConfigureAwait(false);
            if (read < PartSize)
            {
                using var body = new MemoryStream(buffer, 0, read, writable: false);
                await PutAsync(objectKey, body, cancellationToken).ConfigureAwait(false);
                return;
            }

            await UploadMultipartAsync(objectKey, content, buffer, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // buffer holds the first full part on entry.
    private async Task UploadMultipartAsync(string objectKey, Stream content, byte[] buffer, CancellationToken ct)
    {
        var upload = await _client.InitiateMultipartUploadAsync(_bucket, objectKey, ct).ConfigureAwait(false);
        try
        {
            var parts = new List<PartETag>();
            var length = PartSize;
            while (length > 0)
            {
                using var body = new MemoryStream(buffer, 0, length, writable: false);
                var part = await _client.UploadPartAsync(
                    new UploadPartRequest
                    {
                        BucketName = _bucket,
                        Key = objectKey,
                        UploadId = upload.UploadId,
                        PartNumber = parts.Count + 1,
                        InputStream = body,
                        UseChunkEncoding = false,
                    },
                    ct).ConfigureAwait(false);
                parts.Add(new PartETag(parts.Count + 1, part.ETag));
                length = await content.ReadAtLeastAsync(buffer.AsMemory(0, PartSize), PartSize,
                    throwOnEndOfStream: false, ct).ConfigureAwait(false);
            }

            await _client.CompleteMultipartUploadAsync(
                new CompleteMultipartUploadRequest
                {
                    BucketName = _bucket, Key = objectKey, UploadId = upload.UploadId, PartETags = parts,
                },
                ct).ConfigureAwait(false);
        }
        catch
        {
            // Unfinished uploads are billed storage until aborted; the token may already be cancelled.
            await _client.AbortMultipartUploadAsync(_bucket, objectKey, upload.UploadId, CancellationToken.None)
                .ConfigureAwait(false);
            throw;
        }
    }
}

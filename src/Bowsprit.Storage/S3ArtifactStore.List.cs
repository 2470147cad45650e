using Amazon.S3.Model;

namespace Bowsprit.Storage;

public sealed partial class S3ArtifactStore
{
    public async Task<IReadOnlyList<ArtifactEntry>> ListAsync(
        string directory, bool recursive, CancellationToken cancellationToken)
    {
        var prefix = _prefix + ArtifactKey.DirectoryPrefix(directory);
        var request = new ListObjectsV2Request
        {
            BucketName = _bucket,
            Prefix = prefix,
            Delimiter = recursive ? null : "/",
        };
        var entries = new List<ArtifactEntry>();
        do
        {
            var page = await _client.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
            // AWSSDK v4 leaves empty collections null.
            foreach (var item in page.S3Objects ?? [])
            {
                entries.Add(new ArtifactEntry(item.Key[_prefix.Length..], IsDirectory: false, item.Size));
            }

            foreach (var common in page.CommonPrefixes ?? [])
            {
                entries.Add(new ArtifactEntry(common[_prefix.Length..], IsDirectory: true, Size: null));
            }

            request.ContinuationToken = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (request.ContinuationToken is not null);

        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return entries;
    }
}

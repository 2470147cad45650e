namespace Bowsprit.Storage;

/// <summary>
/// A parsed artifact location: <c>gs://bucket/prefix</c>, <c>s3://bucket/prefix</c>, <c>file:///dir</c> or a local
/// directory. For <see cref="StorageProvider.File"/>, <see cref="Bucket"/> is the absolute directory and
/// <see cref="Prefix"/> is empty.
/// </summary>
public sealed record StoragePath(StorageProvider Provider, string Bucket, string Prefix)
{
    /// <summary>
    /// Parses a bucket setting. A bare bucket name (no scheme, no slash) means GCS, as in Prow's
    /// <c>gcs_configuration.bucket</c>; a local directory must be rooted or start with <c>./</c> or <c>../</c> so it
    /// cannot be mistaken for one.
    /// </summary>
    public static StoragePath Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            throw Invalid(value, "it is empty");
        }

        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return ParseSchemeless(value);
        }

        var rest = value[(scheme + 3)..];
        return value[..scheme] switch
        {
            "gs" => ParseBucket(StorageProvider.Gcs, value, rest),
            "s3" => ParseBucket(StorageProvider.S3, value, rest),
            "file" when rest.StartsWith('/') => Local(rest),
            "file" => throw Invalid(value, "a file URL needs an absolute path (file:///dir)"),
            var other => throw Invalid(value, $"scheme '{other}' is not gs, s3 or file"),
        };
    }

    /// <summary>This location with <paramref name="key"/> appended to its prefix.</summary>
    public StoragePath Child(string key) =>
        this with { Prefix = string.Join('/', new[] { Prefix, key.Trim('/') }.Where(p => p.Length > 0)) };

    /// <summary>The URL form, e.g. <c>gs://bucket/pr-logs/pull/12/job/1</c>.</summary>
    public override string ToString() => Provider switch
    {
        StorageProvider.Gcs => Url("gs"),
        StorageProvider.S3 => Url("s3"),
        _ => "file://" + Path.Join(Bucket, Prefix).Replace('\\', '/'),
    };

    private string Url(string scheme) => Prefix.Length == 0 ? $"{scheme}://{Bucket}" : $"{scheme}://{Bucket}/{Prefix}";

    private static StoragePath ParseSchemeless(string value)
    {
        if (Path.IsPathRooted(value) || value.StartsWith("./", StringComparison.Ordinal) ||
            value.StartsWith("../", StringComparison.Ordinal))
        {
            return Local(value);
        }

        return IsBucketName(value)
            ? new StoragePath(StorageProvider.Gcs, value, "")
            : throw Invalid(value, "expected gs://bucket[/prefix], s3://bucket[/prefix], file:///dir, " +
                "an absolute or ./-relative directory, or a bare GCS bucket name");
    }

    private static StoragePath ParseBucket(StorageProvider provider, string value, string rest)
    {
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? rest : rest[..slash];
        if (!IsBucketName(bucket))
        {
            throw Invalid(value, $"'{bucket}' is not a valid bucket name");
        }

        return new StoragePath(provider, bucket, slash < 0 ? "" : rest[(slash + 1)..].Trim('/'));
    }

    private static StoragePath Local(string directory) =>
        new(StorageProvider.File, Path.GetFullPath(directory), "");

    // The characters GCS and S3 both allow; lower case only, as both services require.
    private static bool IsBucketName(string name) =>
        name.Length is >= 3 and <= 222 &&
        name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.') &&
        char.IsAsciiLetterOrDigit(name[0]) && char.IsAsciiLetterOrDigit(name[^1]);

    private static FormatException Invalid(string value, string why) =>
        new($"Invalid storage path '{value}': {why}.");
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Amazon.Runtime;

namespace Bowsprit.Storage;

/// <summary>
/// Prow's <c>s3-credentials</c> JSON file: the keys, and optionally where the service is (for S3-compatible
/// servers such as MinIO), which is why the pod utilities need nothing but this file and an <c>s3://</c> bucket.
/// </summary>
internal sealed record S3Credentials(
    [property: JsonPropertyName("access_key")] string? AccessKey,
    [property: JsonPropertyName("secret_key")] string? SecretKey,
    [property: JsonPropertyName("region")] string? Region = null,
    [property: JsonPropertyName("endpoint")] string? Endpoint = null,
    [property: JsonPropertyName("insecure")] bool Insecure = false,
    [property: JsonPropertyName("s3_force_path_style")] bool ForcePathStyle = false)
{
    public static async Task<S3Credentials> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var file = File.OpenRead(path);
        await using (file.ConfigureAwait(false))
        {
            S3Credentials? parsed;
            try
            {
                parsed = await JsonSerializer.DeserializeAsync<S3Credentials>(file, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (JsonException e)
            {
                throw new InvalidOperationException($"S3 credentials file '{path}' is not valid JSON: {e.Message}", e);
            }

            if (string.IsNullOrEmpty(parsed?.AccessKey) || string.IsNullOrEmpty(parsed.SecretKey))
            {
                throw new InvalidOperationException($"S3 credentials file '{path}' needs 'access_key' and 'secret_key'.");
            }

            return parsed;
        }
    }

    public static async Task<BasicAWSCredentials> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var parsed = await ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        return new BasicAWSCredentials(parsed.AccessKey, parsed.SecretKey);
    }

    /// <summary>The endpoint as a URL: Prow's file may give a bare host, with <c>insecure</c> choosing http.</summary>
    public string? EndpointUrl => string.IsNullOrEmpty(Endpoint) || Endpoint.Contains("://", StringComparison.Ordinal)
        ? Endpoint
        : (Insecure ? "http://" : "https://") + Endpoint;
}

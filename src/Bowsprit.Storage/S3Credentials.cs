using System.Text.Json;
using System.Text.Json.Serialization;
using Amazon.Runtime;

namespace Bowsprit.Storage;

/// <summary>The keys of Prow's <c>s3-credentials</c> JSON file that the store needs.</summary>
internal sealed record S3Credentials(
    [property: JsonPropertyName("access_key")] string? AccessKey,
    [property: JsonPropertyName("secret_key")] string? SecretKey)
{
    public static async Task<BasicAWSCredentials> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var file = File.OpenRead(path);
        await using (file.ConfigureAwait(false))
        {
            var parsed = await JsonSerializer.DeserializeAsync<S3Credentials>(file, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            if (string.IsNullOrEmpty(parsed?.AccessKey) || string.IsNullOrEmpty(parsed.SecretKey))
            {
                throw new InvalidOperationException($"S3 credentials file '{path}' needs 'access_key' and 'secret_key'.");
            }

            return new BasicAWSCredentials(parsed.AccessKey, parsed.SecretKey);
        }
    }
}

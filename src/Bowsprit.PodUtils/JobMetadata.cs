using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bowsprit.PodUtils;

/// <summary>
/// The <c>metadata</c> object of <c>finished.json</c>: the JSON objects jobs wrote to their metadata files
/// (<c>metadata_file</c> in <c>ENTRYPOINT_OPTIONS</c>), merged key by key. A file that is not a JSON object does
/// not fail the upload; its error is reported under <c>sidecar-errors</c> instead (spec 5.4).
/// </summary>
public static class JobMetadata
{
    public const string ErrorsKey = "sidecar-errors";

    /// <summary>Merges the files in order (later keys win); missing files are skipped, since writing one is optional.</summary>
    public static async Task<JsonObject> MergeAsync(IEnumerable<string> metadataFiles, CancellationToken cancellationToken)
    {
        var merged = new JsonObject();
        var errors = new JsonObject();
        foreach (var file in metadataFiles)
        {
            if (!File.Exists(file))
            {
                continue;
            }

            try
            {
                var stream = File.OpenRead(file);
                await using (stream.ConfigureAwait(false))
                {
                    var node = await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                    if (node is not JsonObject piece)
                    {
                        errors[file] = "metadata file does not contain a JSON object";
                        continue;
                    }

                    foreach (var (key, value) in piece.ToList())
                    {
                        piece.Remove(key);
                        merged[key] = value;
                    }
                }
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                errors[file] = $"failed to read metadata file: {e.Message}";
            }
        }

        if (errors.Count > 0)
        {
            merged[ErrorsKey] = errors;
        }

        return merged;
    }
}

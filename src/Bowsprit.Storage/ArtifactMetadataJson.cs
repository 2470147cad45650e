using System.Text.Json;

namespace Bowsprit.Storage;

/// <summary>Reads and writes <see cref="Started"/> and <see cref="Finished"/> as the bytes Prow's readers expect.</summary>
public static class ArtifactMetadataJson
{
    // Immutable once first used; cached because building options per call is expensive (CA1869).
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        WriteIndented = true,
    };

    public static byte[] Serialize(Started started) => JsonSerializer.SerializeToUtf8Bytes(started, Options);

    public static byte[] Serialize(Finished finished) => JsonSerializer.SerializeToUtf8Bytes(finished, Options);

    public static Started ReadStarted(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<Started>(json, Options) ?? throw new JsonException("started.json is null.");

    public static Finished ReadFinished(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<Finished>(json, Options) ?? throw new JsonException("finished.json is null.");
}

using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Bowsprit.Storage;

/// <summary><c>finished.json</c>, written by sidecar (or crier) when a run ends. Field names are Prow's.</summary>
public sealed record Finished
{
    public const string FileName = "finished.json";

    /// <summary>Unix seconds.</summary>
    [JsonPropertyName("timestamp")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Timestamp { get; init; }

    /// <summary>Always written, as <c>null</c> when unknown, because readers tell "not passed" from "unknown".</summary>
    [JsonPropertyName("passed")]
    public bool? Passed { get; init; }

    /// <summary><c>SUCCESS</c>, <c>FAILURE</c> or <c>ABORTED</c>.</summary>
    [JsonPropertyName("result")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Result { get; init; }

    /// <summary>The pull SHA, else the base SHA, else the base ref.</summary>
    [JsonPropertyName("revision")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Revision { get; init; }

    /// <summary>The merged <c>metadata.json</c> files; upload errors go under <c>sidecar-errors</c>.</summary>
    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Metadata { get; init; }
}

using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Bowsprit.Storage;

/// <summary>
/// <c>started.json</c>, written by initupload when a run starts. Field names are Prow's, including the dashed
/// <c>repo-version</c>/<c>repo-commit</c>, because Deck, Spyglass and TestGrid read this file.
/// </summary>
public sealed record Started
{
    public const string FileName = "started.json";

    /// <summary>Unix seconds.</summary>
    [JsonPropertyName("timestamp")]
    public required long Timestamp { get; init; }

    [JsonPropertyName("node")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Node { get; init; }

    /// <summary>The number of the pull request under test, as a string (Prow writes it so).</summary>
    [JsonPropertyName("pull")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Pull { get; init; }

    /// <summary><c>org/repo</c> → refs string, one entry per cloned repository.</summary>
    [JsonPropertyName("repos")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Repos { get; init; }

    /// <summary>Kept beside <see cref="RepoCommit"/> because older readers only know this name.</summary>
    [JsonPropertyName("repo-version")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RepoVersion { get; init; }

    /// <summary>The SHA that was tested: the merged SHA, else the pull's or the base's.</summary>
    [JsonPropertyName("repo-commit")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RepoCommit { get; init; }

    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Metadata { get; init; }
}

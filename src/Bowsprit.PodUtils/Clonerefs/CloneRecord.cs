using System.Text.Json.Serialization;
using Bowsprit.Core.Api;

namespace Bowsprit.PodUtils.Clonerefs;

/// <summary>One entry of Prow's clone records JSON: what was cloned, every git command run, and the outcome.</summary>
public sealed class CloneRecord
{
    [JsonPropertyName("refs"), GoAlwaysEmit] public Refs Refs { get; set; } = new();

    [JsonPropertyName("commands")] public List<CloneCommand> Commands { get; set; } = [];

    [JsonPropertyName("failed")] public bool Failed { get; set; }

    [JsonPropertyName("final_sha")] public string FinalSha { get; set; } = "";

    [JsonPropertyName("duration"), JsonConverter(typeof(NanosecondDurationJsonConverter))]
    public TimeSpan Duration { get; set; }
}

/// <summary>A command clonerefs ran, with its combined output and, if it failed, the error.</summary>
public sealed class CloneCommand
{
    [JsonPropertyName("command"), GoAlwaysEmit] public string Command { get; set; } = "";

    [JsonPropertyName("output")] public string Output { get; set; } = "";

    [JsonPropertyName("error")] public string Error { get; set; } = "";

    [JsonPropertyName("duration"), JsonConverter(typeof(NanosecondDurationJsonConverter))]
    public TimeSpan Duration { get; set; }
}

using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>Go templates for the merge commit's title and body.</summary>
public sealed class TideMergeCommitTemplate
{
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("body")] public string? Body { get; set; }
}

using System.Text.Json.Serialization;

namespace Bowsprit.Forge.Api.Requests;

/// <summary>Body of creating or editing an issue (and the issue half of a pull request).</summary>
public sealed class IssueRequest
{
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("body")] public string? Body { get; set; }
    [JsonPropertyName("state")] public string? State { get; set; }
    [JsonPropertyName("labels")] public List<string>? Labels { get; set; }
    [JsonPropertyName("assignees")] public List<string>? Assignees { get; set; }
    [JsonPropertyName("milestone")] public System.Text.Json.JsonElement? Milestone { get; set; }
}

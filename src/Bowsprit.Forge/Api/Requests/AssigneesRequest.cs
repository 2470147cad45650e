using System.Text.Json.Serialization;

namespace Bowsprit.Forge.Api.Requests;

/// <summary>Body of adding or removing assignees, and of requesting reviewers.</summary>
public sealed class AssigneesRequest
{
    [JsonPropertyName("assignees")] public List<string>? Assignees { get; set; }
    [JsonPropertyName("reviewers")] public List<string>? Reviewers { get; set; }
    [JsonPropertyName("team_reviewers")] public List<string>? TeamReviewers { get; set; }
}

using System.Text.Json.Serialization;

namespace Bowsprit.Forge.Api.Requests;

/// <summary>Body of creating or updating a pull request.</summary>
public sealed class PullRequestRequest
{
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("body")] public string? Body { get; set; }
    [JsonPropertyName("head")] public string? Head { get; set; }
    [JsonPropertyName("base")] public string? Base { get; set; }
    [JsonPropertyName("state")] public string? State { get; set; }
    [JsonPropertyName("draft")] public bool? Draft { get; set; }
    [JsonPropertyName("maintainer_can_modify")] public bool? MaintainerCanModify { get; set; }
}

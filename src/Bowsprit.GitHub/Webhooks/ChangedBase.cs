using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>A pull request's previous base, when an edit retargeted it.</summary>
public sealed class ChangedBase
{
    [JsonPropertyName("ref")] public ChangedValue? Ref { get; set; }
    [JsonPropertyName("sha")] public ChangedValue? Sha { get; set; }
}

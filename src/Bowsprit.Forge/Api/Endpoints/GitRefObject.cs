using System.Text.Json.Serialization;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>The object a reference points at.</summary>
internal sealed class GitRefObject
{
    [JsonPropertyName("sha")] public string Sha { get; set; } = "";
    [JsonPropertyName("type")] public string Type { get; set; } = "commit";
}

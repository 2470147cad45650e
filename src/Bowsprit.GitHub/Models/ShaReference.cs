using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A reference to a git object by SHA.</summary>
public sealed class ShaReference
{
    [JsonPropertyName("sha")] public string Sha { get; set; } = "";
    [JsonPropertyName("url")] public string? Url { get; set; }
}

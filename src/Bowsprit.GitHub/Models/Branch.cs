using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A branch and its tip.</summary>
public sealed class Branch
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("commit")] public ShaReference Commit { get; set; } = new();
    [JsonPropertyName("protected")] public bool Protected { get; set; }
}

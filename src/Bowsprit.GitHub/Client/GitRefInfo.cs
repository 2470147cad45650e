using System.Text.Json.Serialization;
using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Client;

/// <summary>A git ref as the refs API returns it.</summary>
internal sealed class GitRefInfo
{
    [JsonPropertyName("ref")] public string Ref { get; set; } = "";
    [JsonPropertyName("object")] public ShaReference Object { get; set; } = new();
}

using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>Author or committer of a git commit.</summary>
public sealed class GitSignature
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("email")] public string Email { get; set; } = "";
    [JsonPropertyName("date")] public DateTimeOffset Date { get; set; }
}

using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>A commit author, committer or pusher in a push event.</summary>
public sealed class PushPerson
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("username")] public string? Username { get; set; }
}

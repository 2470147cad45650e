using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>The owner of a push event's repository.</summary>
public sealed class PushOwner
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("login")] public string Login { get; set; } = "";
    [JsonPropertyName("id")] public long Id { get; set; }
}

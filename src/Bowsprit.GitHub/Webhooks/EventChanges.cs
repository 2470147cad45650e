using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>What an edit changed (<c>changes</c> in edited events).</summary>
public sealed class EventChanges
{
    [JsonPropertyName("title")] public ChangedValue? Title { get; set; }
    [JsonPropertyName("body")] public ChangedValue? Body { get; set; }
    [JsonPropertyName("base")] public ChangedBase? Base { get; set; }
}

using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>The previous value of an edited field.</summary>
public sealed class ChangedValue
{
    [JsonPropertyName("from")] public string? From { get; set; }
}

using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>Rate limit state from the headers of a response.</summary>
public sealed class RateLimit
{
    [JsonPropertyName("limit")] public int Limit { get; set; }
    [JsonPropertyName("remaining")] public int Remaining { get; set; }
    [JsonPropertyName("reset")] public long Reset { get; set; }
    [JsonPropertyName("used")] public int Used { get; set; }
}

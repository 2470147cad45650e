using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>Where and how a webhook is delivered.</summary>
public sealed class HookConfig
{
    [JsonPropertyName("url")] public string Url { get; set; } = "";
    [JsonPropertyName("content_type")] public string ContentType { get; set; } = "json";
    [JsonPropertyName("secret")] public string? Secret { get; set; }
    [JsonPropertyName("insecure_ssl")] public string? InsecureSsl { get; set; }
}

using System.Text.Json.Serialization;
using Bowsprit.GitHub.Models;

namespace Bowsprit.Forge.Api.Requests;

/// <summary>Body of creating or editing a webhook.</summary>
public sealed class HookRequest
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("active")] public bool? Active { get; set; }
    [JsonPropertyName("events")] public List<string>? Events { get; set; }
    [JsonPropertyName("config")] public HookConfig? Config { get; set; }
}

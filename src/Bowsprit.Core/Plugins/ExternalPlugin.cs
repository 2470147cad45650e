using System.Text.Json.Serialization;

namespace Bowsprit.Core.Plugins;

/// <summary>A plugin served elsewhere that receives raw webhook deliveries.</summary>
public sealed class ExternalPlugin
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("endpoint")] public string? Endpoint { get; set; }
    [JsonPropertyName("events")] public List<string>? Events { get; set; }

    /// <summary>Prow's default endpoint is the in-cluster service named after the plugin.</summary>
    [JsonIgnore] public string EffectiveEndpoint => string.IsNullOrEmpty(Endpoint) ? $"http://{Name}" : Endpoint;
}

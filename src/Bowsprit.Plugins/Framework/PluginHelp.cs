using System.Text.Json.Serialization;

namespace Bowsprit.Plugins.Framework;

/// <summary>Help shown by deck and <c>/help</c>; field names follow Prow's plugin-help JSON.</summary>
public sealed record PluginHelp
{
    [JsonPropertyName("Description")] public required string Description { get; init; }

    [JsonPropertyName("Config")] public IReadOnlyDictionary<string, string> Config { get; init; } = new Dictionary<string, string>();

    [JsonPropertyName("Events")] public IReadOnlyList<string> Events { get; init; } = [];

    [JsonPropertyName("Commands")] public IReadOnlyList<PluginCommand> Commands { get; init; } = [];
}

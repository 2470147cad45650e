using System.Text.Json.Serialization;

namespace Bowsprit.Plugins.Framework;

/// <summary>One command a plugin understands.</summary>
public sealed record PluginCommand
{
    [JsonPropertyName("Usage")] public required string Usage { get; init; }

    [JsonPropertyName("Featured")] public bool Featured { get; init; }

    [JsonPropertyName("Description")] public required string Description { get; init; }

    [JsonPropertyName("Examples")] public IReadOnlyList<string> Examples { get; init; } = [];

    [JsonPropertyName("WhoCanUse")] public required string WhoCanUse { get; init; }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Bowsprit.Core.Api;

namespace Bowsprit.Plugins.Retitle;

/// <summary>The <c>retitle</c> section of plugins.yaml.</summary>
public sealed record RetitleConfig
{
    /// <summary>Whether closed issues and PRs may be retitled too.</summary>
    [JsonPropertyName("allow_closed_issues")] public bool AllowClosedIssues { get; init; }

    public static RetitleConfig From(JsonElement? section) =>
        section is { ValueKind: JsonValueKind.Object } element ? element.Deserialize<RetitleConfig>(ProwJson.Options) ?? new RetitleConfig() : new RetitleConfig();
}

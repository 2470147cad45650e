using System.Text.Json;
using System.Text.Json.Serialization;
using Bowsprit.Core.Api;

namespace Bowsprit.Plugins.Help;

/// <summary>The <c>help</c> section of plugins.yaml.</summary>
public sealed record HelpConfig
{
    public const string DefaultGuidelinesUrl = "https://git.k8s.io/community/contributors/guide/help-wanted.md";

    /// <summary>Where the guidelines for help-wanted issues live; linked from the bot's comment.</summary>
    [JsonPropertyName("help_guidelines_url")] public string? HelpGuidelinesUrl { get; init; }

    /// <summary>Markdown shown instead of the built-in checklist.</summary>
    [JsonPropertyName("help_guidelines_summary")] public string? HelpGuidelinesSummary { get; init; }

    public string GuidelinesUrl => string.IsNullOrWhiteSpace(HelpGuidelinesUrl) ? DefaultGuidelinesUrl : HelpGuidelinesUrl;

    public static HelpConfig From(JsonElement? section) =>
        section is { ValueKind: JsonValueKind.Object } element ? element.Deserialize<HelpConfig>(ProwJson.Options) ?? new HelpConfig() : new HelpConfig();
}

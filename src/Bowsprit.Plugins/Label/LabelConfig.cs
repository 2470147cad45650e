using System.Text.Json;
using System.Text.Json.Serialization;
using Bowsprit.Core.Api;

namespace Bowsprit.Plugins.Label;

/// <summary>The <c>label</c> section of plugins.yaml.</summary>
public sealed record LabelConfig
{
    /// <summary>Labels <c>/label</c> may set besides the category ones (<c>/kind</c>, <c>/sig</c>, …).</summary>
    [JsonPropertyName("additional_labels")] public IReadOnlyList<string> AdditionalLabels { get; init; } = [];

    /// <summary><c>*</c>, <c>org</c> or <c>org/repo</c> → labels gated by team or user.</summary>
    [JsonPropertyName("restricted_labels")] public IReadOnlyDictionary<string, List<RestrictedLabel>> RestrictedLabels { get; init; } = new Dictionary<string, List<RestrictedLabel>>();

    public static LabelConfig From(JsonElement? section) =>
        section is { ValueKind: JsonValueKind.Object } element ? element.Deserialize<LabelConfig>(ProwJson.Options) ?? new LabelConfig() : new LabelConfig();

    /// <summary>The restricted labels for a repo by lower-cased name; <c>org/repo</c> entries override <c>org</c>, which override <c>*</c>.</summary>
    public IReadOnlyDictionary<string, RestrictedLabel> RestrictedFor(string org, string repo)
    {
        var result = new Dictionary<string, RestrictedLabel>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in new[] { "*", org, $"{org}/{repo}" })
        {
            var match = RestrictedLabels.FirstOrDefault(kv => string.Equals(kv.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
            foreach (var label in match ?? [])
            {
                result[label.Label] = label;
            }
        }

        return result;
    }
}

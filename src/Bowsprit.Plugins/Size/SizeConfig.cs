using System.Text.Json;
using System.Text.Json.Serialization;
using Bowsprit.Core.Api;

namespace Bowsprit.Plugins.Size;

/// <summary>
/// The <c>size</c> section of plugins.yaml: the smallest line count of each size (XS is everything below S).
/// A missing or zero threshold takes Prow's default.
/// </summary>
public sealed record SizeConfig
{
    [JsonPropertyName("s")] public int S { get; init; }
    [JsonPropertyName("m")] public int M { get; init; }
    [JsonPropertyName("l")] public int L { get; init; }
    [JsonPropertyName("xl")] public int Xl { get; init; }
    [JsonPropertyName("xxl")] public int Xxl { get; init; }

    public static SizeConfig From(JsonElement? section)
    {
        var raw = section is { ValueKind: JsonValueKind.Object } element ? element.Deserialize<SizeConfig>(ProwJson.Options) ?? new SizeConfig() : new SizeConfig();
        return new SizeConfig
        {
            S = raw.S > 0 ? raw.S : 10,
            M = raw.M > 0 ? raw.M : 30,
            L = raw.L > 0 ? raw.L : 100,
            Xl = raw.Xl > 0 ? raw.Xl : 500,
            Xxl = raw.Xxl > 0 ? raw.Xxl : 1000,
        };
    }

    /// <summary>The one <c>size/*</c> label for <paramref name="lines"/> changed lines.</summary>
    public string LabelFor(int lines) =>
        lines < S ? "size/XS"
        : lines < M ? "size/S"
        : lines < L ? "size/M"
        : lines < Xl ? "size/L"
        : lines < Xxl ? "size/XL"
        : "size/XXL";
}

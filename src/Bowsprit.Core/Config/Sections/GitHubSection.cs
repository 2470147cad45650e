using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>The <c>github</c> section.</summary>
public sealed class GitHubSection
{
    [JsonPropertyName("link_url")] public string? LinkUrl { get; set; }

    [JsonIgnore] public string EffectiveLinkUrl => string.IsNullOrEmpty(LinkUrl) ? "https://github.com" : LinkUrl.TrimEnd('/');
}

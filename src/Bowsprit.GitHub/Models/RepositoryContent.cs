using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A file or directory entry from the contents API.</summary>
public sealed class RepositoryContent
{
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("encoding")] public string? Encoding { get; set; }
    [JsonPropertyName("size")] public long Size { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("path")] public string Path { get; set; } = "";
    [JsonPropertyName("content")] public string? Content { get; set; }
    [JsonPropertyName("sha")] public string Sha { get; set; } = "";
    [JsonPropertyName("html_url")] public string? HtmlUrl { get; set; }

    /// <summary>The decoded file content (the API sends base64 with line breaks).</summary>
    public byte[] DecodeContent() => Content is null ? [] : Convert.FromBase64String(Content.Replace("\n", "", StringComparison.Ordinal));
}

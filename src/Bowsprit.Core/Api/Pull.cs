using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>A pull request under test. Number, author and SHA are always written, as in Prow.</summary>
public sealed class Pull
{
    [JsonPropertyName("number"), GoAlwaysEmit] public int Number { get; set; }
    [JsonPropertyName("author"), GoAlwaysEmit] public string Author { get; set; } = "";
    [JsonPropertyName("sha"), GoAlwaysEmit] public string Sha { get; set; } = "";
    [JsonPropertyName("title")] public string? Title { get; set; }
    /// <summary>A git ref to fetch instead of <c>pull/N/head</c> (Gerrit and forks use it).</summary>
    [JsonPropertyName("ref")] public string? Ref { get; set; }
    [JsonPropertyName("head_ref")] public string? HeadRef { get; set; }
    [JsonPropertyName("link")] public string? Link { get; set; }
    [JsonPropertyName("commit_link")] public string? CommitLink { get; set; }
    [JsonPropertyName("author_link")] public string? AuthorLink { get; set; }
}

using System.Text.Json.Serialization;

namespace Bowsprit.Forge.Api.Requests;

/// <summary>Body of creating or editing a comment.</summary>
public sealed class CommentRequest
{
    [JsonPropertyName("body")] public string? Body { get; set; }
}

using System.Text.Json.Serialization;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>A git reference as <c>GET /repos/{o}/{r}/git/refs/...</c> returns it.</summary>
internal sealed class GitRefResponse
{
    [JsonPropertyName("ref")] public string Ref { get; set; } = "";
    [JsonPropertyName("object")] public GitRefObject Object { get; set; } = new();
}

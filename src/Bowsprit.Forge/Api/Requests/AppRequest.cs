using System.Text.Json.Serialization;

namespace Bowsprit.Forge.Api.Requests;

/// <summary>Registering a GitHub App (<c>POST /api/forge/apps</c>) or installing it (<c>.../installations</c>).</summary>
public sealed class AppRequest
{
    [JsonPropertyName("id")] public long? Id { get; set; }
    [JsonPropertyName("slug")] public string? Slug { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>PEM; a private key is accepted too and only its public half kept.</summary>
    [JsonPropertyName("public_key")] public string? PublicKey { get; set; }

    /// <summary>The org or user to install on.</summary>
    [JsonPropertyName("account")] public string? Account { get; set; }
}

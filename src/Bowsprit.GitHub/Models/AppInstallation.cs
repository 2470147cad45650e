using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>One installation of a GitHub App on an org or user account.</summary>
public sealed class AppInstallation
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("app_id")] public long AppId { get; set; }
    [JsonPropertyName("account")] public User? Account { get; set; }
    [JsonPropertyName("repository_selection")] public string? RepositorySelection { get; set; }
}

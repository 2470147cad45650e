using System.Text.Json;
using System.Text.Json.Serialization;
using Bowsprit.Core.Api;

namespace Bowsprit.Plugins.Override;

/// <summary>The <c>override</c> section of plugins.yaml: who besides repo admins may override.</summary>
public sealed record OverrideConfig
{
    /// <summary>Approvers in the repository's root OWNERS file may override.</summary>
    [JsonPropertyName("allow_top_level_owners")] public bool AllowTopLevelOwners { get; init; }

    /// <summary><c>org/repo</c> → slugs of teams (in that org) whose members may override.</summary>
    [JsonPropertyName("allowed_github_teams")] public IReadOnlyDictionary<string, List<string>> AllowedGitHubTeams { get; init; } = new Dictionary<string, List<string>>();

    public IReadOnlyList<string> TeamsFor(string org, string repo) =>
        AllowedGitHubTeams.TryGetValue($"{org}/{repo}", out var teams) ? teams : [];

    public static OverrideConfig From(JsonElement? section) =>
        section is { ValueKind: JsonValueKind.Object } element ? element.Deserialize<OverrideConfig>(ProwJson.Options) ?? new OverrideConfig() : new OverrideConfig();
}

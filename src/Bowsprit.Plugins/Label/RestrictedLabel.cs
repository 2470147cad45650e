using System.Text.Json.Serialization;

namespace Bowsprit.Plugins.Label;

/// <summary>A label only some teams or users may add or remove (<c>label.restricted_labels</c>).</summary>
public sealed record RestrictedLabel
{
    [JsonPropertyName("label")] public string Label { get; init; } = "";

    /// <summary>Slugs of teams in the repository's org.</summary>
    [JsonPropertyName("allowed_teams")] public IReadOnlyList<string> AllowedTeams { get; init; } = [];

    [JsonPropertyName("allowed_users")] public IReadOnlyList<string> AllowedUsers { get; init; } = [];

    /// <summary>When one of these labels is added by a command, <see cref="AllowedUsers"/> are assigned, so the people who decide on this label hear about it.</summary>
    [JsonPropertyName("assign_on")] public IReadOnlyList<AssignOnLabel> AssignOn { get; init; } = [];
}

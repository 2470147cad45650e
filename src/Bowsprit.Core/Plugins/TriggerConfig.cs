using System.Text.Json.Serialization;

namespace Bowsprit.Core.Plugins;

/// <summary>The trigger plugin's trust settings for the listed orgs and repos.</summary>
public sealed class TriggerConfig
{
    [JsonPropertyName("repos")] public List<string>? Repos { get; set; }
    [JsonPropertyName("trusted_apps")] public List<string>? TrustedApps { get; set; }
    [JsonPropertyName("trusted_org")] public string? TrustedOrg { get; set; }
    [JsonPropertyName("join_org_url")] public string? JoinOrgUrl { get; set; }
    [JsonPropertyName("only_org_members")] public bool OnlyOrgMembers { get; set; }
    [JsonPropertyName("ignore_ok_to_test")] public bool IgnoreOkToTest { get; set; }
    [JsonPropertyName("trigger_github_workflows")] public bool TriggerGitHubWorkflows { get; set; }
    [JsonPropertyName("org_invite")] public System.Text.Json.JsonElement? OrgInvite { get; set; }
}

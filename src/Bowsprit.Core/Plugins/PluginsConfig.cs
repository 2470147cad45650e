using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bowsprit.Core.Plugins;

/// <summary>
/// Prow's <c>plugins.yaml</c>: which plugins run where, external plugins, and per-plugin sections. Sections are
/// kept as raw JSON until the plugin that reads them types them; known section names are listed so typos show.
/// </summary>
public sealed class PluginsConfig
{
    /// <summary>
    /// <c>org</c> or <c>org/repo</c> → enabled plugins. Prow accepts a map (<c>plugins</c>, <c>excluded_repos</c>)
    /// or the legacy bare list; both are normalized into <see cref="OrgPlugins"/>.
    /// </summary>
    [JsonPropertyName("plugins")] public Dictionary<string, OrgPlugins>? Plugins { get; set; }

    [JsonPropertyName("external_plugins")] public Dictionary<string, List<ExternalPlugin>>? ExternalPlugins { get; set; }
    [JsonPropertyName("triggers")] public List<TriggerConfig>? Triggers { get; set; }

    [JsonPropertyName("owners")] public JsonElement? Owners { get; set; }
    [JsonPropertyName("approve")] public JsonElement? Approve { get; set; }
    [JsonPropertyName("blockades")] public JsonElement? Blockades { get; set; }
    [JsonPropertyName("blunderbuss")] public JsonElement? Blunderbuss { get; set; }
    [JsonPropertyName("bugzilla")] public JsonElement? Bugzilla { get; set; }
    [JsonPropertyName("cat")] public JsonElement? Cat { get; set; }
    [JsonPropertyName("cherry_pick_approved")] public JsonElement? CherryPickApproved { get; set; }
    [JsonPropertyName("cherry_pick_unapproved")] public JsonElement? CherryPickUnapproved { get; set; }
    [JsonPropertyName("config_updater")] public JsonElement? ConfigUpdater { get; set; }
    [JsonPropertyName("dco")] public JsonElement? Dco { get; set; }
    [JsonPropertyName("golint")] public JsonElement? Golint { get; set; }
    [JsonPropertyName("goose")] public JsonElement? Goose { get; set; }
    [JsonPropertyName("heart")] public JsonElement? Heart { get; set; }
    [JsonPropertyName("help")] public JsonElement? Help { get; set; }
    [JsonPropertyName("jira")] public JsonElement? Jira { get; set; }
    [JsonPropertyName("label")] public JsonElement? Label { get; set; }
    [JsonPropertyName("lgtm")] public JsonElement? Lgtm { get; set; }
    [JsonPropertyName("milestone")] public JsonElement? Milestone { get; set; }
    [JsonPropertyName("milestone_applier")] public JsonElement? MilestoneApplier { get; set; }
    [JsonPropertyName("override")] public JsonElement? Override { get; set; }
    [JsonPropertyName("project_config")] public JsonElement? ProjectConfig { get; set; }
    [JsonPropertyName("project_manager")] public JsonElement? ProjectManager { get; set; }
    [JsonPropertyName("repo_milestone")] public JsonElement? RepoMilestone { get; set; }
    [JsonPropertyName("require_matching_label")] public JsonElement? RequireMatchingLabel { get; set; }
    [JsonPropertyName("retitle")] public JsonElement? Retitle { get; set; }
    [JsonPropertyName("sigmention")] public JsonElement? SigMention { get; set; }
    [JsonPropertyName("size")] public JsonElement? Size { get; set; }
    [JsonPropertyName("slack")] public JsonElement? Slack { get; set; }
    [JsonPropertyName("welcome")] public JsonElement? Welcome { get; set; }

    /// <summary>
    /// The <c>triggers:</c> entry that governs a repository: the first listing <c>org/repo</c>, else the first
    /// listing <c>org</c>, else defaults. A repo-specific entry wins over an org-wide one wherever either appears.
    /// Trigger, retitle, welcome and deck's rerun rule all read trust settings through this.
    /// </summary>
    public TriggerConfig TriggerFor(string org, string repo)
    {
        var triggers = Triggers ?? [];
        return triggers.FirstOrDefault(t => Lists(t, $"{org}/{repo}"))
            ?? triggers.FirstOrDefault(t => Lists(t, org))
            ?? new TriggerConfig();
    }

    // GitHub logins and repository names are case-insensitive.
    private static bool Lists(TriggerConfig config, string name) =>
        (config.Repos ?? []).Contains(name, StringComparer.OrdinalIgnoreCase);
}

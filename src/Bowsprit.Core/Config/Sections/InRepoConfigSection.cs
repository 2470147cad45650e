using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>The <c>in_repo_config</c> section: which repos may define jobs in <c>.prow.yaml</c>.</summary>
public sealed class InRepoConfigSection
{
    [JsonPropertyName("enabled")] public Dictionary<string, bool>? Enabled { get; set; }
    [JsonPropertyName("allowed_clusters")] public Dictionary<string, List<string>>? AllowedClusters { get; set; }

    /// <summary>The narrowest of <c>org/repo</c>, <c>org</c>, <c>*</c> wins.</summary>
    public bool IsEnabledFor(string org, string repo)
    {
        if (Enabled is null)
        {
            return false;
        }

        if (Enabled.TryGetValue($"{org}/{repo}", out var value) || Enabled.TryGetValue(org, out value) || Enabled.TryGetValue("*", out value))
        {
            return value;
        }

        return false;
    }
}

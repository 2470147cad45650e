using System.Text.Json.Serialization;
using Bowsprit.Core.Api;

namespace Bowsprit.Core.Config.Sections;

/// <summary>The <c>github_reporter</c> section.</summary>
public sealed class GitHubReporterConfig
{
    [JsonPropertyName("job_types_to_report")] public List<ProwJobType>? JobTypesToReport { get; set; }
    [JsonPropertyName("no_comment_repos")] public List<string>? NoCommentRepos { get; set; }
    [JsonPropertyName("summary_comment_repos")] public List<string>? SummaryCommentRepos { get; set; }

    [JsonIgnore]
    public IReadOnlyList<ProwJobType> EffectiveJobTypesToReport =>
        JobTypesToReport is { Count: > 0 } ? JobTypesToReport : [ProwJobType.Presubmit, ProwJobType.Postsubmit];
}

using Bowsprit.Core.Api;

namespace Bowsprit.Storage;

/// <summary>The few facts about a job run that decide where its artifacts live.</summary>
/// <param name="Type">What triggered the job.</param>
/// <param name="JobName">The job's name.</param>
/// <param name="BuildId">The run's build id.</param>
/// <param name="Org">The main ref's org; required for presubmits.</param>
/// <param name="Repo">The main ref's repo; required for presubmits.</param>
/// <param name="PullNumber">The pull request; required for presubmits.</param>
public sealed record ArtifactJob(
    ProwJobType Type,
    string JobName,
    string BuildId,
    string? Org = null,
    string? Repo = null,
    int? PullNumber = null);

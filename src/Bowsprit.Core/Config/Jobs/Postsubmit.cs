using System.Text.Json.Serialization;
using Bowsprit.Core.Api;

namespace Bowsprit.Core.Config.Jobs;

/// <summary>A job run on pushes to a branch.</summary>
public sealed class Postsubmit : RepoJob
{
    /// <summary>Unlike presubmits, unset means "run" (Prow's pointer semantics).</summary>
    [JsonPropertyName("always_run")] public bool? AlwaysRun { get; set; }

    [JsonIgnore] public override ProwJobType Type => ProwJobType.Postsubmit;
}

using System.Text.Json.Serialization;
using Bowsprit.Core.Api;

namespace Bowsprit.PodUtils.Clonerefs;

/// <summary>The <c>CLONEREFS_OPTIONS</c> document, with Prow's field names.</summary>
public sealed record ClonerefsOptions
{
    /// <summary>Prow's commit identity for merges when the job sets none.</summary>
    public const string DefaultGitUserName = "ci-robot";

    public const string DefaultGitUserEmail = "ci-robot@k8s.io";

    /// <summary>Clones go under <c>SRC_ROOT/src/</c>, GOPATH style (usually <c>/home/prow/go</c>).</summary>
    [JsonPropertyName("src_root")] public string SrcRoot { get; init; } = "";

    /// <summary>Where the clone records JSON is written (<c>/logs/clone.json</c> in a pod).</summary>
    [JsonPropertyName("log")] public string Log { get; init; } = "";

    [JsonPropertyName("git_user_name")] public string? GitUserName { get; init; }

    [JsonPropertyName("git_user_email")] public string? GitUserEmail { get; init; }

    [JsonPropertyName("refs")] public IReadOnlyList<Refs> Refs { get; init; } = [];

    [JsonPropertyName("max_parallel_worker")] public int MaxParallelWorkers { get; init; }

    /// <summary>Exit non-zero when a clone fails; by default clonerefs exits 0 and initupload reports the failure.</summary>
    [JsonPropertyName("fail")] public bool Fail { get; init; }

    [JsonIgnore] public string EffectiveGitUserName => string.IsNullOrEmpty(GitUserName) ? DefaultGitUserName : GitUserName;

    [JsonIgnore] public string EffectiveGitUserEmail => string.IsNullOrEmpty(GitUserEmail) ? DefaultGitUserEmail : GitUserEmail;
}

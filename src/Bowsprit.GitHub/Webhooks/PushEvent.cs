using System.Text.Json.Serialization;
using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>The <c>push</c> event.</summary>
public sealed class PushEvent
{
    public const string ZeroSha = "0000000000000000000000000000000000000000";

    [JsonPropertyName("ref")] public string Ref { get; set; } = "";
    [JsonPropertyName("before")] public string Before { get; set; } = "";
    [JsonPropertyName("after")] public string After { get; set; } = "";
    [JsonPropertyName("created")] public bool Created { get; set; }
    [JsonPropertyName("deleted")] public bool Deleted { get; set; }
    [JsonPropertyName("forced")] public bool Forced { get; set; }
    [JsonPropertyName("base_ref")] public string? BaseRef { get; set; }
    [JsonPropertyName("compare")] public string? Compare { get; set; }
    [JsonPropertyName("commits")] public List<PushCommit> Commits { get; set; } = [];
    [JsonPropertyName("head_commit")] public PushCommit? HeadCommit { get; set; }
    [JsonPropertyName("repository")] public PushRepository Repository { get; set; } = new();
    [JsonPropertyName("pusher")] public PushPerson Pusher { get; set; } = new();
    [JsonPropertyName("sender")] public User Sender { get; set; } = new();
    [JsonPropertyName("installation")] public Installation? Installation { get; set; }

    /// <summary>The branch name without <c>refs/heads/</c>.</summary>
    [JsonIgnore] public string Branch => Ref.StartsWith("refs/heads/", StringComparison.Ordinal) ? Ref["refs/heads/".Length..] : Ref;

    /// <summary>A deleted branch: Prow skips these (after is forty zeros).</summary>
    [JsonIgnore] public bool IsDeletion => Deleted || After == ZeroSha;
}

namespace Bowsprit.Forge.State;

/// <summary>The pull-request half of an issue.</summary>
public sealed class ForgePull
{
    public string HeadRef { get; set; } = "";
    public string HeadSha { get; set; } = "";
    public string HeadRepo { get; set; } = "";
    public string BaseRef { get; set; } = "";
    public string BaseSha { get; set; } = "";
    public bool Draft { get; set; }
    public bool Merged { get; set; }
    public DateTimeOffset? MergedAt { get; set; }
    public string? MergedBy { get; set; }
    public string? MergeCommitSha { get; set; }
    public bool? Mergeable { get; set; }
    public List<string> RequestedReviewers { get; set; } = [];
    public List<string> RequestedTeams { get; set; } = [];
    public List<ForgeReview> Reviews { get; set; } = [];
    public List<ForgeReviewComment> ReviewComments { get; set; } = [];
    public int Additions { get; set; }
    public int Deletions { get; set; }
    public int ChangedFiles { get; set; }
    public int Commits { get; set; }
}

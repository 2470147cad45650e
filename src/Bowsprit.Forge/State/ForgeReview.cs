namespace Bowsprit.Forge.State;

/// <summary>A pull request review.</summary>
public sealed class ForgeReview
{
    public long Id { get; set; }
    public string User { get; set; } = "";
    public string State { get; set; } = "";
    public string? Body { get; set; }
    public string CommitId { get; set; } = "";
    public DateTimeOffset SubmittedAt { get; set; }
}

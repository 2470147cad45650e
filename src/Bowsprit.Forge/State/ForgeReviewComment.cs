namespace Bowsprit.Forge.State;

/// <summary>A comment on a line of a pull request diff.</summary>
public sealed class ForgeReviewComment
{
    public long Id { get; set; }
    public long? ReviewId { get; set; }
    public string User { get; set; } = "";
    public string Body { get; set; } = "";
    public string? Path { get; set; }
    public string CommitId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

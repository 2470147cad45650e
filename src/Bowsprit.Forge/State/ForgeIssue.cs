namespace Bowsprit.Forge.State;

/// <summary>An issue or pull request (GitHub numbers them together).</summary>
public sealed class ForgeIssue
{
    public long Id { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string? Body { get; set; }
    public string User { get; set; } = "";
    public string State { get; set; } = "open";
    public bool Locked { get; set; }
    public List<string> Labels { get; set; } = [];
    public List<string> Assignees { get; set; } = [];
    public int? Milestone { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public List<ForgeComment> Comments { get; set; } = [];
    public ForgePull? Pull { get; set; }
}

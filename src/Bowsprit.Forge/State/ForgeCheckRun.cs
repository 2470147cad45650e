namespace Bowsprit.Forge.State;

/// <summary>A check run; the forge stores what admins or tests put there.</summary>
public sealed class ForgeCheckRun
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string HeadSha { get; set; } = "";
    public string Status { get; set; } = "completed";
    public string? Conclusion { get; set; }
    public string? DetailsUrl { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

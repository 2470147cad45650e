namespace Bowsprit.Forge.State;

/// <summary>A commit status.</summary>
public sealed class ForgeStatus
{
    public long Id { get; set; }
    public string State { get; set; } = "";
    public string Context { get; set; } = "";
    public string? Description { get; set; }
    public string? TargetUrl { get; set; }
    public string Creator { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

namespace Bowsprit.Forge.State;

/// <summary>A repository milestone.</summary>
public sealed class ForgeMilestone
{
    public long Id { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string State { get; set; } = "open";
    public string? Description { get; set; }
}

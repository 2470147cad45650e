namespace Bowsprit.Forge.State;

/// <summary>A repository label.</summary>
public sealed class ForgeLabel
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Color { get; set; } = "ededed";
    public string? Description { get; set; }
}

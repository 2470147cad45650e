namespace Bowsprit.Forge.State;

/// <summary>A team of an organization, with members and per-repository permissions.</summary>
public sealed class ForgeTeam
{
    public long Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string Privacy { get; set; } = "closed";
    public List<string> Members { get; set; } = [];
    public Dictionary<string, string> Repos { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

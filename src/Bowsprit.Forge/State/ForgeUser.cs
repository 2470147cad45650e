namespace Bowsprit.Forge.State;

/// <summary>A user, bot or organization account.</summary>
public sealed class ForgeUser
{
    public long Id { get; set; }
    public string Login { get; set; } = "";
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string Type { get; set; } = "User";
    public bool SiteAdmin { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

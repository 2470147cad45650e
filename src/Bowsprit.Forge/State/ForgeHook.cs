namespace Bowsprit.Forge.State;

/// <summary>A webhook registration on a repository, an organization, or the whole forge.</summary>
public sealed class ForgeHook
{
    public long Id { get; set; }
    public string Scope { get; set; } = "";
    public string Url { get; set; } = "";
    public string? Secret { get; set; }
    public string ContentType { get; set; } = "json";
    public List<string> Events { get; set; } = [];
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

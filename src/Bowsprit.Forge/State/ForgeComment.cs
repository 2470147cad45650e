namespace Bowsprit.Forge.State;

/// <summary>A conversation comment on an issue or pull request.</summary>
public sealed class ForgeComment
{
    public long Id { get; set; }
    public string User { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

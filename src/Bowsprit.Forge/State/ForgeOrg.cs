namespace Bowsprit.Forge.State;

/// <summary>An organization: members with roles, and teams.</summary>
public sealed class ForgeOrg
{
    public long Id { get; set; }
    public string Login { get; set; } = "";
    public Dictionary<string, string> Members { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public List<ForgeTeam> Teams { get; set; } = [];

    /// <summary>What every member may do in the org's repositories (GitHub's "base permission"). The forge
    /// defaults to write so members can push and merge in the demo, as most Prow orgs configure it.</summary>
    public string DefaultRepositoryPermission { get; set; } = "write";
}

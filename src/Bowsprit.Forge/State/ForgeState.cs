namespace Bowsprit.Forge.State;

/// <summary>
/// Everything the forge knows besides git data. Held in memory (a forge serves one developer or one test run)
/// and written through to SQLite on every change, so a restart resumes exactly where it stopped.
/// </summary>
public sealed class ForgeState
{
    public Dictionary<string, ForgeUser> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>API token → login.</summary>
    public Dictionary<string, string> Tokens { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ForgeOrg> Orgs { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>owner/name</c> → repository.</summary>
    public Dictionary<string, ForgeRepo> Repos { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<ForgeHook> GlobalHooks { get; set; } = [];

    public long LastId { get; set; }

    /// <summary>Ids are unique across all entity kinds, like GitHub's database ids.</summary>
    public long NewId() => ++LastId;

    public ForgeRepo? Repo(string owner, string name) => Repos.GetValueOrDefault($"{owner}/{name}");

    public ForgeUser? User(string? login) => login is null ? null : Users.GetValueOrDefault(login);
}

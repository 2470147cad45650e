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

    /// <summary>GitHub Apps by id.</summary>
    public Dictionary<long, ForgeApp> Apps { get; } = [];

    /// <summary>When a token stops working (installation tokens); tokens not listed never expire.</summary>
    public Dictionary<string, DateTimeOffset> TokenExpiry { get; } = new(StringComparer.Ordinal);

    public long LastId { get; set; }

    /// <summary>Ids are unique across all entity kinds, like GitHub's database ids.</summary>
    public long NewId() => ++LastId;

    public ForgeRepo? Repo(string owner, string name) => Repos.GetValueOrDefault($"{owner}/{name}");

    /// <summary>The App whose bot <paramref name="login"/> is, when that App is installed on <paramref name="account"/>.</summary>
    public bool IsInstalledBot(string login, string account) =>
        Apps.Values.Any(a => string.Equals(a.BotLogin, login, StringComparison.OrdinalIgnoreCase) &&
            a.Installations.Values.Contains(account, StringComparer.OrdinalIgnoreCase));

    /// <summary>The login a token acts as, unless it is unknown or expired at <paramref name="now"/>.</summary>
    public string? LoginOf(string token, DateTimeOffset now) =>
        Tokens.TryGetValue(token, out var login) && !(TokenExpiry.TryGetValue(token, out var expiry) && expiry <= now) ? login : null;

    public ForgeUser? User(string? login) => login is null ? null : Users.GetValueOrDefault(login);
}

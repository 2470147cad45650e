namespace Bowsprit.Forge.State;

/// <summary>The forge-wide document: id counter, tokens and global hooks.</summary>
internal sealed class ForgeMeta
{
    public long LastId { get; set; }
    public List<ForgeHook> GlobalHooks { get; set; } = [];
    public Dictionary<string, string> Tokens { get; set; } = [];
    public Dictionary<string, DateTimeOffset> TokenExpiry { get; set; } = [];
    public List<ForgeApp> Apps { get; set; } = [];
}

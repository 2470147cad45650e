namespace Bowsprit.Forge.State;

/// <summary>A registered GitHub App: its JWTs are checked against <see cref="PublicKeyPem"/>; it acts as <c>{slug}[bot]</c>.</summary>
public sealed class ForgeApp
{
    public long Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string PublicKeyPem { get; set; } = "";

    /// <summary>Installation id → the org or user account it is installed on.</summary>
    public Dictionary<long, string> Installations { get; set; } = [];

    public string BotLogin => $"{Slug}[bot]";
}

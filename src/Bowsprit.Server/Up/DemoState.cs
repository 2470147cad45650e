using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bowsprit.Server.Up;

/// <summary>
/// <c>DIR/demo.json</c>: the URLs the demo's generated config files were written with (so a restart on other
/// ports rewrites them) and the sample pull request, whose presence means seeding is done.
/// </summary>
internal sealed record DemoState
{
    [JsonPropertyName("forgeUrl")] public string? ForgeUrl { get; init; }

    [JsonPropertyName("deckUrl")] public string? DeckUrl { get; init; }

    [JsonPropertyName("pullRequest")] public int? PullRequest { get; init; }

    public static string PathIn(string dataDir) => Path.Combine(dataDir, "demo.json");

    public static DemoState Read(string dataDir) =>
        File.Exists(PathIn(dataDir)) ? JsonSerializer.Deserialize<DemoState>(File.ReadAllText(PathIn(dataDir))) ?? new() : new();

    public void Write(string dataDir) => File.WriteAllText(PathIn(dataDir), JsonSerializer.Serialize(this));

    /// <summary>The forge port to ask for again, so clone URLs stay valid.</summary>
    public int? ForgePort => Uri.TryCreate(ForgeUrl, UriKind.Absolute, out var uri) ? uri.Port : null;
}

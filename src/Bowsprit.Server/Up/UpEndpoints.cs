using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bowsprit.Server.Up;

/// <summary>
/// <c>DIR/endpoints.json</c>, written once everything is ready, so scripts and tests find the URLs without
/// parsing output. Removed on a graceful stop; after a crash <see cref="Pid"/> tells a stale file apart.
/// </summary>
public sealed record UpEndpoints
{
    public const string FileName = "endpoints.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    [JsonPropertyName("pid")] public int Pid { get; init; }

    [JsonPropertyName("deck")] public required string Deck { get; init; }

    [JsonPropertyName("hook")] public required string Hook { get; init; }

    [JsonPropertyName("metrics")] public required string Metrics { get; init; }

    [JsonPropertyName("mode")] public required string Mode { get; init; }

    [JsonPropertyName("forge")] public ForgeEndpoints? Forge { get; init; }

    [JsonPropertyName("demo")] public DemoEndpoints? Demo { get; init; }

    public sealed record ForgeEndpoints(
        [property: JsonPropertyName("base")] string Base,
        [property: JsonPropertyName("api")] string Api,
        [property: JsonPropertyName("graphql")] string GraphQL,
        [property: JsonPropertyName("git")] string Git);

    /// <summary>Where the demo's things are: the repository, its sample pull request, who may act on it.</summary>
    public sealed record DemoEndpoints(
        [property: JsonPropertyName("repo")] string Repo,
        [property: JsonPropertyName("pullRequest")] int PullRequest,
        [property: JsonPropertyName("user")] string User,
        [property: JsonPropertyName("userTokenFile")] string UserTokenFile,
        [property: JsonPropertyName("bot")] string Bot);

    public static string PathIn(string dataDir) => Path.Combine(dataDir, FileName);

    /// <summary>Written to a temporary file and renamed, so a reader never sees half of it.</summary>
    public void Write(string dataDir)
    {
        var path = PathIn(dataDir);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Json));
        File.Move(temporary, path, overwrite: true);
    }

    public static UpEndpoints? Read(string dataDir)
    {
        var path = PathIn(dataDir);
        return File.Exists(path) ? JsonSerializer.Deserialize<UpEndpoints>(File.ReadAllText(path), Json) : null;
    }
}

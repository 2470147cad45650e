using System.Text.Json;
using System.Text.Json.Serialization;
using Bowsprit.Core.Api;

namespace Bowsprit.Plugins.Welcome;

/// <summary>One entry of the <c>welcome</c> list in plugins.yaml: the message for some orgs or repos.</summary>
public sealed record WelcomeConfig
{
    public const string DefaultTemplate = "Welcome @{{.AuthorLogin}}! It looks like this is your first PR to {{.Org}}/{{.Repo}} 🎉";

    /// <summary><c>org</c> or <c>org/repo</c> entries this message applies to.</summary>
    [JsonPropertyName("repos")] public IReadOnlyList<string> Repos { get; init; } = [];

    /// <summary>A Go template over <see cref="WelcomeData"/>.</summary>
    [JsonPropertyName("message_template")] public string? MessageTemplate { get; init; }

    /// <summary>Welcome every new PR, not just an untrusted author's first.</summary>
    [JsonPropertyName("always_post")] public bool AlwaysPost { get; init; }

    /// <summary>The entry naming the repo, else the one naming its org, else the default message.</summary>
    public static WelcomeConfig For(JsonElement? section, string org, string repo)
    {
        var entries = section is { ValueKind: JsonValueKind.Array } element
            ? element.Deserialize<List<WelcomeConfig>>(ProwJson.Options) ?? []
            : [];
        var full = $"{org}/{repo}";
        return entries.Find(e => e.Repos.Contains(full, StringComparer.OrdinalIgnoreCase)) ??
               entries.Find(e => e.Repos.Contains(org, StringComparer.OrdinalIgnoreCase)) ??
               new WelcomeConfig();
    }

    public string Template => string.IsNullOrEmpty(MessageTemplate) ? DefaultTemplate : MessageTemplate;
}

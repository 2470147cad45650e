using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Json;

/// <summary>JSON settings for GitHub's API and webhook payloads (snake_case names are on the models).</summary>
public static class GitHubJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = false,
        };
        options.Converters.Add(new FlexibleTimestampConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bowsprit.Core.Plugins;

/// <summary>Reads both plugin-list shapes Prow accepts: <c>{plugins: [...], excluded_repos: [...]}</c> and <c>[...]</c>.</summary>
internal sealed class OrgPluginsJsonConverter : JsonConverter<OrgPlugins>
{
    public override OrgPlugins Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return new OrgPlugins { Plugins = JsonSerializer.Deserialize<List<string>>(ref reader, options) };
        }

        var result = new OrgPlugins();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("expected a list of plugins or {plugins, excluded_repos}");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name?.ToLowerInvariant())
            {
                case "plugins":
                    result.Plugins = JsonSerializer.Deserialize<List<string>>(ref reader, options);
                    break;
                case "excluded_repos":
                    result.ExcludedRepos = JsonSerializer.Deserialize<List<string>>(ref reader, options);
                    break;
                default:
                    throw new JsonException($"unknown field \"{name}\" in plugin list (expected plugins, excluded_repos)");
            }
        }

        return result;
    }

    public override void Write(Utf8JsonWriter writer, OrgPlugins value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("plugins");
        JsonSerializer.Serialize(writer, value.Plugins ?? [], options);
        if (value.ExcludedRepos is { Count: > 0 })
        {
            writer.WritePropertyName("excluded_repos");
            JsonSerializer.Serialize(writer, value.ExcludedRepos, options);
        }

        writer.WriteEndObject();
    }
}

using System.Text.Json.Nodes;

namespace Bowsprit.Forge.GraphQL;

/// <summary>Builds entries of the response "errors" array in GitHub's shape.</summary>
internal static class ErrorJson
{
    public static JsonObject Create(
        string message,
        SourceLocation? location = null,
        JsonArray? path = null,
        string? type = null,
        JsonObject? extensions = null)
    {
        var error = new JsonObject { ["message"] = message };
        if (location is { } at)
        {
            error["locations"] = new JsonArray(new JsonObject { ["line"] = at.Line, ["column"] = at.Column });
        }

        if (path is not null)
        {
            error["path"] = path;
        }

        if (type is not null)
        {
            error["type"] = type;
        }

        if (extensions is not null)
        {
            error["extensions"] = extensions;
        }

        return error;
    }

    public static JsonObject Response(IEnumerable<JsonObject> errors) => new() { ["errors"] = new JsonArray([.. errors]) };

    public static JsonObject Response(JsonObject error) => Response([error]);
}

using System.Text.Json.Nodes;

namespace Bowsprit.Forge.GraphQL;

/// <summary>The path of a value in the response (keys and list indices), shared between siblings as a linked list.</summary>
internal sealed record ResponsePath(ResponsePath? Parent, string? Key, int Index)
{
    public static ResponsePath Field(ResponsePath? parent, string key) => new(parent, key, -1);

    public static ResponsePath Item(ResponsePath parent, int index) => new(parent, null, index);

    public bool IsListItem => Key is null;

    public JsonArray ToJson()
    {
        var segments = new List<JsonNode>();
        for (var p = this; p is not null; p = p.Parent)
        {
            segments.Add(p.Key is null ? JsonValue.Create(p.Index) : JsonValue.Create(p.Key));
        }

        segments.Reverse();
        return new JsonArray([.. segments]);
    }
}

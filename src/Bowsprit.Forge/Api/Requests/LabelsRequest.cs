using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bowsprit.Forge.Api.Requests;

/// <summary>Labels to add or set: a bare array or <c>{"labels": [...]}</c>, both accepted by GitHub.</summary>
[JsonConverter(typeof(LabelsRequestConverter))]
public sealed class LabelsRequest
{
    public List<string> Labels { get; set; } = [];
}

/// <summary>Reads both shapes of <see cref="LabelsRequest"/>.</summary>
internal sealed class LabelsRequestConverter : JsonConverter<LabelsRequest>
{
    public override LabelsRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var array = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("labels", out var labels) ? labels : root;
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("labels must be an array");
        }

        return new LabelsRequest { Labels = [.. array.EnumerateArray().Select(Name)] };
    }

    /// <summary>A label is its name or <c>{"name": ...}</c>; anything else is malformed.</summary>
    private static string Name(JsonElement element) => element switch
    {
        { ValueKind: JsonValueKind.String } => element.GetString()!,
        { ValueKind: JsonValueKind.Object } when element.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => name.GetString()!,
        _ => throw new JsonException("labels must be names or objects with a name"),
    };

    public override void Write(Utf8JsonWriter writer, LabelsRequest value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.Labels, options);
}

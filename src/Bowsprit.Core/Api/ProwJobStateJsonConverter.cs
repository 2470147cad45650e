using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>
/// Prow's state strings, including the empty string Go writes for an unset state (which
/// <see cref="JsonStringEnumConverter"/> cannot represent).
/// </summary>
internal sealed class ProwJobStateJsonConverter : JsonConverter<ProwJobState>
{
    public override ProwJobState Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (string.IsNullOrEmpty(text))
        {
            return ProwJobState.None;
        }

        return ProwJobStates.TryParseState(text, out var state)
            ? state
            : throw new JsonException($"unknown ProwJob state \"{text}\"");
    }

    public override void Write(Utf8JsonWriter writer, ProwJobState value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToWire());

    public override ProwJobState ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, ProwJobState value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToWire());
}

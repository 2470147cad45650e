using System.Text.Json;
using System.Text.Json.Serialization;
using Bowsprit.Core.Time;

namespace Bowsprit.PodUtils;

/// <summary>
/// A Go <c>time.Duration</c> marshalled by encoding/json: an integer count of nanoseconds. Strings such as
/// <c>"90s"</c> are accepted on read too, because hand-written options are easier to read that way.
/// </summary>
public sealed class NanosecondDurationJsonConverter : JsonConverter<TimeSpan>
{
    private const long NanosecondsPerTick = 100;

    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => TimeSpan.FromTicks(reader.GetInt64() / NanosecondsPerTick),
            JsonTokenType.String => GoDuration.Parse(reader.GetString() ?? ""),
            _ => throw new JsonException($"expected a duration in nanoseconds, got {reader.TokenType}"),
        };

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Ticks * NanosecondsPerTick);
}

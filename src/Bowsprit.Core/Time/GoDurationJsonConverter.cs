using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bowsprit.Core.Time;

/// <summary>
/// Reads and writes <see cref="TimeSpan"/> as a Go duration string (<c>"1h30m0s"</c>). A JSON
/// number is read as nanoseconds, which is how Go's <c>encoding/json</c> writes a raw
/// <c>time.Duration</c>. Registered in <see cref="JsonSerializerOptions.Converters"/> it also
/// covers <c>TimeSpan?</c> (System.Text.Json wraps it for nullables).
/// </summary>
public sealed class GoDurationJsonConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var text = reader.GetString()!;
                try
                {
                    return GoDuration.Parse(text);
                }
                catch (FormatException ex)
                {
                    throw new JsonException(ex.Message, ex);
                }

            case JsonTokenType.Number when reader.TryGetInt64(out var nanoseconds):
                return GoDuration.FromNanoseconds(nanoseconds);
            case JsonTokenType.Number:
                throw new JsonException("a duration given as a number must be whole nanoseconds that fit in 64 bits");
            default:
                throw new JsonException($"a duration must be a string such as \"1h30m\" or a number of nanoseconds, not {reader.TokenType}");
        }
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(GoDuration.Format(value));
}

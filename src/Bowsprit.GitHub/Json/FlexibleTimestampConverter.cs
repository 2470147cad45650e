using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Json;

/// <summary>
/// GitHub writes timestamps as ISO 8601 strings almost everywhere, but as Unix seconds in some push payload
/// fields; accept both and always write ISO 8601 in UTC with second precision, as GitHub does.
/// </summary>
internal sealed class FlexibleTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64()),
            JsonTokenType.String => DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            _ => throw new JsonException($"expected a timestamp, got {reader.TokenType}"),
        };

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToUniversalTime().ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture));
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>
/// Kubernetes' metav1.Time wire format: RFC 3339 in UTC with second precision. Sub-second input is accepted
/// and dropped on output, exactly as the API server does.
/// </summary>
internal sealed class Rfc3339TimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        var text = reader.GetString();
        if (string.IsNullOrEmpty(text))
        {
            return default;
        }

        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        if (value == default)
        {
            // Go marshals a zero metav1.Time as null.
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(value.ToUniversalTime().ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture));
    }
}

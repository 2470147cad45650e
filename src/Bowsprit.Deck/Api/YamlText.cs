using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Bowsprit.Deck.Api;

/// <summary>
/// Block-style YAML for a JSON document (deck shows ProwJobs as YAML, like kubectl). Strings are always
/// double-quoted when YAML could read them as something else, so the output round-trips.
/// </summary>
internal static class YamlText
{
    public static string From(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var yaml = new StringBuilder();
        Write(yaml, document.RootElement, 0, inSequence: false);
        return yaml.ToString();
    }

    private static void Write(StringBuilder yaml, JsonElement node, int indent, bool inSequence)
    {
        var pad = new string(' ', indent);
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                var first = true;
                foreach (var property in node.EnumerateObject())
                {
                    yaml.Append(first && inSequence ? "" : pad).Append(Scalar(property.Name)).Append(':');
                    first = false;
                    WriteValue(yaml, property.Value, indent);
                }

                if (first)
                {
                    yaml.Append(inSequence ? "" : pad).Append("{}\n");
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    yaml.Append(pad).Append("- ");
                    if (item.ValueKind is JsonValueKind.Object && item.EnumerateObject().Any())
                    {
                        Write(yaml, item, indent + 2, inSequence: true);
                    }
                    else if (item.ValueKind is JsonValueKind.Array && item.GetArrayLength() > 0)
                    {
                        yaml.Append('\n');
                        Write(yaml, item, indent + 2, inSequence: false);
                    }
                    else
                    {
                        yaml.Append(Leaf(item)).Append('\n');
                    }
                }

                break;
            default:
                yaml.Append(pad).Append(Leaf(node)).Append('\n');
                break;
        }
    }

    private static void WriteValue(StringBuilder yaml, JsonElement value, int indent)
    {
        if (value.ValueKind is JsonValueKind.Object && value.EnumerateObject().Any())
        {
            yaml.Append('\n');
            Write(yaml, value, indent + 2, inSequence: false);
        }
        else if (value.ValueKind is JsonValueKind.Array && value.GetArrayLength() > 0)
        {
            yaml.Append('\n');
            Write(yaml, value, indent, inSequence: false);
        }
        else
        {
            yaml.Append(' ').Append(Leaf(value)).Append('\n');
        }
    }

    private static string Leaf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Scalar(value.GetString()!),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object => "{}",
        JsonValueKind.Array => "[]",
        _ => "null",
    };

    private static string Scalar(string text)
    {
        var plain = text.Length > 0 && !text.Contains('\n', StringComparison.Ordinal) && !text.Contains(": ", StringComparison.Ordinal) &&
                    !text.Contains(" #", StringComparison.Ordinal) && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]) &&
                    "-?:,[]{}#&*!|>'\"%@`~".IndexOf(text[0], StringComparison.Ordinal) < 0 && !text.EndsWith(':') &&
                    text is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off" or "y" or "n" or "True" or "False" or "Null" or "NULL" or "~") &&
                    !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        return plain ? text : JsonSerializer.Serialize(text);
    }
}

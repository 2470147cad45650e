using System.Globalization;
using System.Text;

namespace Bowsprit.Core.Templates;

/// <summary>
/// Formats one operand for one fmt verb, following Go: strings, numbers and bools by kind;
/// slices, maps and structs element by element with the same verb; a wrong verb as %!verb(type=value).
/// </summary>
internal static class GoVerbFormatter
{
    // Go prints nested pointers as addresses; we print their contents, so cycles need a stop.
    private const int MaxDepth = 16;

    public static void Format(StringBuilder sb, object? arg, FormatSpec spec, TypeCache types, int depth)
    {
        var verb = spec.Verb;
        if (verb == 'v')
        {
            // %+v and %#v layouts are not modelled; they print like %v.
            spec.Plus = false;
            spec.Sharp = false;
        }

        var kind = types.KindOf(arg);
        switch (kind)
        {
            case ValueKind.Nil or ValueKind.NoValue:
                if (verb == 'v')
                {
                    spec.Pad(sb, "<nil>");
                }
                else
                {
                    sb.Append("%!").Append(verb).Append("(<nil>)");
                }

                return;
            case ValueKind.Bool when verb is 'v' or 't':
                spec.Pad(sb, (bool)arg! ? "true" : "false");
                return;
            case ValueKind.Int when GoNumberFormat.IsIntegerVerb(verb):
                var signed = Convert.ToInt64(arg, CultureInfo.InvariantCulture);
                GoNumberFormat.Integer(sb, signed < 0, signed < 0 ? 0UL - (ulong)signed : (ulong)signed, spec);
                return;
            case ValueKind.Uint when GoNumberFormat.IsIntegerVerb(verb):
                GoNumberFormat.Integer(sb, negative: false, Convert.ToUInt64(arg, CultureInfo.InvariantCulture), spec);
                return;
            case ValueKind.Float or ValueKind.Decimal when GoNumberFormat.IsFloatVerb(verb):
                GoNumberFormat.Float(sb, Convert.ToDouble(arg, CultureInfo.InvariantCulture), arg is float, spec);
                return;
            case ValueKind.String or ValueKind.Char or ValueKind.Enum or ValueKind.Time or ValueKind.TimeOffset
                or ValueKind.Duration when verb is 'v' or 's' or 'q' or 'x' or 'X':
                FormatString(sb, StringOf(arg!, kind, types), spec);
                return;
            case ValueKind.Struct when types.Get(arg!.GetType()).IsStringer && verb is 'v' or 's' or 'q' or 'x' or 'X':
                FormatString(sb, arg.ToString() ?? string.Empty, spec);
                return;
            case ValueKind.List when depth < MaxDepth:
                sb.Append('[');
                var first = true;
                foreach (var element in (System.Collections.IEnumerable)arg!)
                {
                    if (!first)
                    {
                        sb.Append(' ');
                    }

                    first = false;
                    Format(sb, element, spec, types, depth + 1);
                }

                sb.Append(']');
                return;
            case ValueKind.Map when depth < MaxDepth:
                sb.Append("map[");
                var entries = types.Get(arg!.GetType()).Map!.SortedEntries(arg);
                for (var i = 0; i < entries.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(' ');
                    }

                    Format(sb, entries[i].Key, spec, types, depth + 1);
                    sb.Append(':');
                    Format(sb, entries[i].Value, spec, types, depth + 1);
                }

                sb.Append(']');
                return;
            case ValueKind.Struct when depth < MaxDepth:
                sb.Append('{');
                var members = types.Get(arg!.GetType()).PrintableMembers;
                for (var i = 0; i < members.Length; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(' ');
                    }

                    object? value;
                    try
                    {
                        value = members[i].GetValue(arg);
                    }
                    catch (TemplateEvalException e)
                    {
                        value = e.Message;
                    }

                    Format(sb, value, spec, types, depth + 1);
                }

                sb.Append('}');
                return;
            case ValueKind.List or ValueKind.Map or ValueKind.Struct:
                sb.Append("{...}");
                return;
        }

        BadVerb(sb, arg!, spec, types);
    }

    public static string StringOf(object value, ValueKind kind, TypeCache types) => kind switch
    {
        ValueKind.String => (string)value,
        ValueKind.Enum => types.EnumName((Enum)value),
        ValueKind.Time => GoTimeFormat.Time((DateTime)value),
        ValueKind.TimeOffset => GoTimeFormat.Time((DateTimeOffset)value),
        ValueKind.Duration => GoTimeFormat.Duration((TimeSpan)value),
        _ => value.ToString() ?? string.Empty,
    };

    private static void FormatString(StringBuilder sb, string text, FormatSpec spec)
    {
        if (spec.Precision >= 0 && spec.Verb is not ('x' or 'X'))
        {
            text = TruncateRunes(text, spec.Precision);
        }

        switch (spec.Verb)
        {
            case 'q':
                spec.Pad(sb, spec.Sharp && CanBackquote(text) ? "`" + text + "`" : GoQuote.String(text, asciiOnly: spec.Plus));
                break;
            case 'x' or 'X':
                var bytes = Encoding.UTF8.GetBytes(text);
                var length = spec.Precision >= 0 ? Math.Min(spec.Precision, bytes.Length) : bytes.Length;
                var hex = new StringBuilder(length * 3);
                for (var i = 0; i < length; i++)
                {
                    if (spec.Space && i > 0)
                    {
                        hex.Append(' ');
                    }

                    if (spec.Sharp && (spec.Space || i == 0))
                    {
                        hex.Append(spec.Verb == 'x' ? "0x" : "0X");
                    }

                    hex.Append(bytes[i].ToString(spec.Verb == 'x' ? "x2" : "X2", CultureInfo.InvariantCulture));
                }

                spec.Pad(sb, hex.ToString());
                break;
            default:
                spec.Pad(sb, text);
                break;
        }
    }

    private static void BadVerb(StringBuilder sb, object arg, FormatSpec spec, TypeCache types)
    {
        sb.Append("%!").Append(spec.Verb).Append('(').Append(GoTypeNames.Of(arg.GetType())).Append('=');
        Format(sb, arg, FormatSpec.Default, types, depth: 0);
        sb.Append(')');
    }

    private static string TruncateRunes(string text, int runes)
    {
        var i = 0;
        for (var count = 0; i < text.Length && count < runes; count++)
        {
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
        }

        return i < text.Length ? text[..i] : text;
    }

    private static bool CanBackquote(string text)
    {
        foreach (var c in text)
        {
            if (c == '`' || c == '\uFEFF' || (c < ' ' && c != '\t') || c == '\x7F')
            {
                return false;
            }
        }

        return true;
    }
}

using System.Globalization;
using System.Text;

namespace Bowsprit.Core.Templates;

/// <summary>Go's fmt.Sprint, Sprintln and Sprintf over template values, and how an action prints its value.</summary>
internal static class GoPrinter
{
    /// <summary>What <c>{{pipeline}}</c> writes: fmt's %v, except that missing data prints as &lt;no value&gt;.</summary>
    public static void AppendValue(StringBuilder sb, object? value, TypeCache types)
    {
        switch (value)
        {
            case string s:
                sb.Append(s);
                return;
            case NoValue:
                sb.Append("<no value>");
                return;
            case int i:
                sb.Append(CultureInfo.InvariantCulture, $"{i}");
                return;
            case long l:
                sb.Append(CultureInfo.InvariantCulture, $"{l}");
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case Enum e:
                sb.Append(types.EnumName(e));
                return;
        }

        GoVerbFormatter.Format(sb, value, FormatSpec.Default, types, depth: 0);
    }

    // fmt.Sprint puts a space between operands when neither side is a string.
    public static string Sprint(ReadOnlySpan<object?> args, TypeCache types)
    {
        var sb = new StringBuilder();
        var previousIsString = false;
        for (var i = 0; i < args.Length; i++)
        {
            var isString = types.KindOf(args[i]) is ValueKind.String or ValueKind.Enum or ValueKind.Char;
            if (i > 0 && !isString && !previousIsString)
            {
                sb.Append(' ');
            }

            GoVerbFormatter.Format(sb, args[i], FormatSpec.Default, types, depth: 0);
            previousIsString = isString;
        }

        return sb.ToString();
    }

    public static string Sprintln(ReadOnlySpan<object?> args, TypeCache types)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < args.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            GoVerbFormatter.Format(sb, args[i], FormatSpec.Default, types, depth: 0);
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>The text html/js/urlquery escape: a lone string as is, anything else through Sprint.</summary>
    public static string EvalArgs(ReadOnlySpan<object?> args, TypeCache types)
    {
        if (args.Length == 1 && args[0] is string s)
        {
            return s;
        }

        var printable = args.ToArray();
        for (var i = 0; i < printable.Length; i++)
        {
            if (printable[i] is NoValue)
            {
                printable[i] = "<no value>";
            }
        }

        return Sprint(printable, types);
    }

    public static string Sprintf(string format, ReadOnlySpan<object?> args, TypeCache types)
    {
        var sb = new StringBuilder(format.Length + 16);
        var argIndex = 0;
        var i = 0;
        while (i < format.Length)
        {
            var percent = format.IndexOf('%', i);
            if (percent < 0)
            {
                sb.Append(format, i, format.Length - i);
                break;
            }

            sb.Append(format, i, percent - i);
            i = percent + 1;
            var spec = FormatSpec.Default;
            while (i < format.Length && ReadFlag(format[i], ref spec))
            {
                i++;
            }

            spec.Width = ReadNumber(format, ref i, args, ref argIndex, sb, "%!(BADWIDTH)");
            if (spec.Width < -1)
            {
                // A negative * width means left-justify, as in C.
                spec.Minus = true;
                spec.Zero = false;
                spec.Width = -spec.Width;
            }

            if (i < format.Length && format[i] == '.')
            {
                i++;
                spec.Precision = Math.Max(ReadNumber(format, ref i, args, ref argIndex, sb, "%!(BADPREC)"), 0);
            }

            if (i >= format.Length)
            {
                sb.Append("%!(NOVERB)");
                break;
            }

            spec.Verb = format[i++];
            if (spec.Verb == '%')
            {
                sb.Append('%');
            }
            else if (argIndex >= args.Length)
            {
                sb.Append("%!").Append(spec.Verb).Append("(MISSING)");
            }
            else
            {
                GoVerbFormatter.Format(sb, args[argIndex++], spec, types, depth: 0);
            }
        }

        if (argIndex < args.Length)
        {
            sb.Append("%!(EXTRA ");
            for (var k = argIndex; k < args.Length; k++)
            {
                if (k > argIndex)
                {
                    sb.Append(", ");
                }

                if (args[k] is null)
                {
                    sb.Append("<nil>");
                    continue;
                }

                sb.Append(GoTypeNames.Of(args[k]!.GetType())).Append('=');
                GoVerbFormatter.Format(sb, args[k], FormatSpec.Default, types, depth: 0);
            }

            sb.Append(')');
        }

        return sb.ToString();
    }

    private static bool ReadFlag(char flag, ref FormatSpec spec)
    {
        switch (flag)
        {
            case '#':
                spec.Sharp = true;
                return true;
            case '0':
                // Zero padding only applies on the left.
                spec.Zero = !spec.Minus;
                return true;
            case '+':
                spec.Plus = true;
                return true;
            case '-':
                spec.Minus = true;
                spec.Zero = false;
                return true;
            case ' ':
                spec.Space = true;
                return true;
            default:
                return false;
        }
    }

    // Reads a width or precision: digits, or * taking an int argument. Returns -1 when absent.
    private static int ReadNumber(string format, ref int i, ReadOnlySpan<object?> args, ref int argIndex, StringBuilder sb, string bad)
    {
        if (i < format.Length && format[i] == '*')
        {
            i++;
            if (argIndex < args.Length && args[argIndex] is int or long && Convert.ToInt64(args[argIndex], null) is >= -1_000_000 and <= 1_000_000 and var n)
            {
                argIndex++;
                return (int)n;
            }

            argIndex++;
            sb.Append(bad);
            return -1;
        }

        var start = i;
        var value = 0;
        while (i < format.Length && char.IsAsciiDigit(format[i]) && value < 1_000_000)
        {
            value = (value * 10) + (format[i++] - '0');
        }

        return i > start ? value : -1;
    }
}

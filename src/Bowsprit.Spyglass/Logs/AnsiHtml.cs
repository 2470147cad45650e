using System.Text;

namespace Bowsprit.Spyglass.Logs;

/// <summary>
/// Turns one log line with ANSI escape sequences into HTML: SGR colours and styles (16, 256 and 24-bit colours,
/// bold, faint, italic, underline, strike, inverse) become spans with classes or inline colours; every other
/// control sequence is dropped; text is HTML-encoded. A carriage return inside a line keeps only what was printed
/// after it, as a terminal shows progress bars. Styles carry from line to line as on a terminal: callers pass the
/// <see cref="SgrState"/> in force at the line's start and get the one in force after it.
/// </summary>
internal static class AnsiHtml
{
    private const char Escape = '\u001b';

    /// <summary>Renders a line that starts unstyled (tests, search results).</summary>
    public static void AppendLine(StringBuilder html, ReadOnlySpan<char> line)
    {
        var state = default(SgrState);
        AppendLine(html, line, ref state);
    }

    public static void AppendLine(StringBuilder html, ReadOnlySpan<char> line, ref SgrState state)
    {
        line = Visible(line, ref state);
        var open = default(SgrState);
        var spanOpen = false;
        var i = 0;
        while (i < line.Length)
        {
            var next = line[i..].IndexOfAnyInRange('\u0000', '\u001f');
            var textEnd = next < 0 ? line.Length : i + next;
            if (textEnd > i)
            {
                if (!spanOpen || !state.Equals(open))
                {
                    if (spanOpen)
                    {
                        html.Append("</span>");
                        spanOpen = false;
                    }

                    if (!state.IsDefault)
                    {
                        state.AppendOpenTag(html);
                        spanOpen = true;
                    }

                    open = state;
                }

                html.AppendEncoded(line[i..textEnd]);
                i = textEnd;
                continue;
            }

            var c = line[i];
            if (c == '\t')
            {
                html.Append('\t');
                i++;
            }
            else if (c == Escape)
            {
                i = SkipEscape(line, i, ref state);
            }
            else
            {
                i++;
            }
        }

        if (spanOpen)
        {
            html.Append("</span>");
        }
    }

    /// <summary>The line's text without escape sequences or control characters, for search and highlighting.</summary>
    public static string PlainText(ReadOnlySpan<char> line)
    {
        var buffer = new char[line.Length];
        return new string(buffer, 0, Strip(line, buffer));
    }

    /// <summary>
    /// Writes the line's text without escape sequences or control characters (tabs stay) into
    /// <paramref name="destination"/>, which must be at least as long as the line, and returns its length. Runs of
    /// plain text are copied whole, so this costs little more than a copy.
    /// </summary>
    public static int Strip(ReadOnlySpan<char> line, Span<char> destination)
    {
        var ignored = default(SgrState);
        return Strip(line, destination, ref ignored);
    }

    /// <summary><see cref="Strip(ReadOnlySpan{char}, Span{char})"/> that also applies the line's styles to <paramref name="ignored"/>.</summary>
    public static int Strip(ReadOnlySpan<char> line, Span<char> destination, ref SgrState ignored)
    {
        line = Visible(line, ref ignored);
        var length = 0;
        var i = 0;
        while (i < line.Length)
        {
            var next = line[i..].IndexOfAnyInRange('\u0000', '\u001f');
            var textEnd = next < 0 ? line.Length : i + next;
            line[i..textEnd].CopyTo(destination[length..]);
            length += textEnd - i;
            i = textEnd;
            if (i >= line.Length)
            {
                break;
            }

            if (line[i] == Escape)
            {
                i = SkipEscape(line, i, ref ignored);
            }
            else
            {
                if (line[i] == '\t')
                {
                    destination[length++] = '\t';
                }

                i++;
            }
        }

        return length;
    }

    /// <summary>Applies the styles set in <paramref name="line"/> without rendering it: for lines scrolled past.</summary>
    public static void Advance(ReadOnlySpan<char> line, ref SgrState state)
    {
        var i = line.IndexOf(Escape);
        while (i >= 0 && i < line.Length)
        {
            i = SkipEscape(line, i, ref state);
            var next = line[i..].IndexOf(Escape);
            i = next < 0 ? -1 : i + next;
        }
    }

    // What a terminal shows of the line: the text after its last carriage return. Styles set before it still count.
    private static ReadOnlySpan<char> Visible(ReadOnlySpan<char> line, scoped ref SgrState state)
    {
        line = line.TrimEnd('\r');
        var cr = line.LastIndexOf('\r');
        if (cr < 0)
        {
            return line;
        }

        Advance(line[..cr], ref state);
        return line[(cr + 1)..];
    }

    /// <summary>Consumes the escape sequence at <paramref name="start"/>, applying it if it is SGR; returns the index after it.</summary>
    private static int SkipEscape(ReadOnlySpan<char> line, int start, ref SgrState state)
    {
        var i = start + 1;
        if (i >= line.Length)
        {
            return i;
        }

        switch (line[i])
        {
            case '[':
                // CSI: parameter and intermediate bytes, then one final byte in @..~.
                var paramsStart = ++i;
                while (i < line.Length && line[i] is < '@' or > '~')
                {
                    i++;
                }

                if (i < line.Length && line[i] == 'm')
                {
                    state.Apply(line[paramsStart..i]);
                }

                return Math.Min(i + 1, line.Length);
            case ']':
                // OSC (window titles, hyperlinks): up to BEL or ST (ESC \).
                for (i++; i < line.Length; i++)
                {
                    if (line[i] == '\u0007')
                    {
                        return i + 1;
                    }

                    if (line[i] == Escape && i + 1 < line.Length && line[i + 1] == '\\')
                    {
                        return i + 2;
                    }
                }

                return i;
            default:
                return i + 1;
        }
    }
}

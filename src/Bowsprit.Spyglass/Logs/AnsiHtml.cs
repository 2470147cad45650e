using System.Globalization;
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

    /// <summary>A colour: none, one of the 16 palette colours (a CSS class), or an RGB value (inline style).</summary>
    internal readonly record struct Color(byte Kind, int Value)
    {
        public const byte None = 0, Palette = 1, Rgb = 2;

        public static Color FromIndex(int index)
        {
            if (index < 16)
            {
                return new Color(Palette, index);
            }

            if (index < 232)
            {
                // The 6x6x6 cube.
                var n = index - 16;
                static int Level(int v) => v == 0 ? 0 : 55 + (v * 40);
                return new Color(Rgb, (Level(n / 36) << 16) | (Level(n / 6 % 6) << 8) | Level(n % 6));
            }

            var gray = 8 + ((index - 232) * 10);
            return new Color(Rgb, (gray << 16) | (gray << 8) | gray);
        }
    }

    /// <summary>The SGR attributes in force; <see cref="ToToken"/>/<see cref="FromToken"/> carry it through the browser between tail polls.</summary>
    internal struct SgrState : IEquatable<SgrState>
    {
        private const int Bold = 1, Faint = 2, Italic = 4, Underline = 8, Strike = 16, Inverse = 32;

        private Color _fg;
        private Color _bg;
        private int _flags;

        public readonly bool IsDefault => _fg.Kind == Color.None && _bg.Kind == Color.None && _flags == 0;

        /// <summary>Compact text form, e.g. <c>1.1.0.0.1</c>; the default state is the empty string.</summary>
        public readonly string ToToken() => IsDefault ? "" : string.Join('.', _fg.Kind, _fg.Value, _bg.Kind, _bg.Value, _flags);

        /// <summary>Parses <see cref="ToToken"/>; anything malformed or out of range reads as the default state.</summary>
        public static SgrState FromToken(string? token)
        {
            var parts = (token ?? "").Split('.');
            if (parts.Length != 5 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                return default;
            }

            var n = parts.Select(p => int.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
            if (n[0] > Color.Rgb || n[2] > Color.Rgb || n[1] > 0xFFFFFF || n[3] > 0xFFFFFF || n[4] > 63)
            {
                return default;
            }

            return new SgrState { _fg = new Color((byte)n[0], n[1]), _bg = new Color((byte)n[2], n[3]), _flags = n[4] };
        }

        public void Apply(ReadOnlySpan<char> parameters)
        {
            Span<int> codes = stackalloc int[16];
            var count = 0;
            foreach (var range in parameters.Split(';'))
            {
                if (count == codes.Length)
                {
                    break;
                }

                var part = parameters[range];
                // "38:5:n" sub-parameters are rarer than "38;5;n"; only the first number of such a group is used.
                var colon = part.IndexOf(':');
                if (colon >= 0)
                {
                    part = part[..colon];
                }

                codes[count++] = int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
            }

            if (count == 0)
            {
                this = default;
                return;
            }

            for (var i = 0; i < count; i++)
            {
                var code = codes[i];
                switch (code)
                {
                    case 0: this = default; break;
                    case 1: _flags |= Bold; break;
                    case 2: _flags |= Faint; break;
                    case 3: _flags |= Italic; break;
                    case 4: _flags |= Underline; break;
                    case 7: _flags |= Inverse; break;
                    case 9: _flags |= Strike; break;
                    case 22: _flags &= ~(Bold | Faint); break;
                    case 23: _flags &= ~Italic; break;
                    case 24: _flags &= ~Underline; break;
                    case 27: _flags &= ~Inverse; break;
                    case 29: _flags &= ~Strike; break;
                    case >= 30 and <= 37: _fg = new Color(Color.Palette, code - 30); break;
                    case 39: _fg = default; break;
                    case >= 40 and <= 47: _bg = new Color(Color.Palette, code - 40); break;
                    case 49: _bg = default; break;
                    case >= 90 and <= 97: _fg = new Color(Color.Palette, code - 90 + 8); break;
                    case >= 100 and <= 107: _bg = new Color(Color.Palette, code - 100 + 8); break;
                    case 38 or 48:
                        var color = ExtendedColor(codes[..count], ref i);
                        if (color is { } c)
                        {
                            if (code == 38) { _fg = c; } else { _bg = c; }
                        }

                        break;
                }
            }
        }

        public readonly void AppendOpenTag(StringBuilder html)
        {
            var fg = _fg;
            var bg = _bg;
            if ((_flags & Inverse) != 0)
            {
                (fg, bg) = (bg.Kind == Color.None ? new Color(Color.Palette, 16) : bg, fg.Kind == Color.None ? new Color(Color.Palette, 17) : fg);
            }

            var classes = new List<string>(4);
            if (fg.Kind == Color.Palette) { classes.Add("af" + fg.Value.ToString(CultureInfo.InvariantCulture)); }
            if (bg.Kind == Color.Palette) { classes.Add("ab" + bg.Value.ToString(CultureInfo.InvariantCulture)); }
            if ((_flags & Bold) != 0) { classes.Add("a-b"); }
            if ((_flags & Faint) != 0) { classes.Add("a-d"); }
            if ((_flags & Italic) != 0) { classes.Add("a-i"); }
            if ((_flags & Underline) != 0) { classes.Add("a-u"); }
            if ((_flags & Strike) != 0) { classes.Add("a-s"); }
            html.Append("<span");
            if (classes.Count > 0)
            {
                html.Append(" class=\"").AppendJoin(' ', classes).Append('"');
            }

            if (fg.Kind == Color.Rgb || bg.Kind == Color.Rgb)
            {
                // Only numbers formatted here reach the style attribute, so it cannot carry anything else.
                html.Append(" style=\"");
                if (fg.Kind == Color.Rgb) { html.Append("color:#").Append(fg.Value.ToString("x6", CultureInfo.InvariantCulture)).Append(';'); }
                if (bg.Kind == Color.Rgb) { html.Append("background-color:#").Append(bg.Value.ToString("x6", CultureInfo.InvariantCulture)).Append(';'); }
                html.Append('"');
            }

            html.Append('>');
        }

        public readonly bool Equals(SgrState other) => _fg == other._fg && _bg == other._bg && _flags == other._flags;

        public override readonly bool Equals(object? obj) => obj is SgrState other && Equals(other);

        public override readonly int GetHashCode() => HashCode.Combine(_fg, _bg, _flags);

        private static Color? ExtendedColor(ReadOnlySpan<int> codes, ref int i)
        {
            if (i + 2 < codes.Length + 0 && codes[i + 1] == 5)
            {
                var index = codes[i + 2];
                i += 2;
                return index is >= 0 and <= 255 ? Color.FromIndex(index) : null;
            }

            if (i + 4 < codes.Length && codes[i + 1] == 2)
            {
                var (r, g, b) = (codes[i + 2], codes[i + 3], codes[i + 4]);
                i += 4;
                return r is >= 0 and <= 255 && g is >= 0 and <= 255 && b is >= 0 and <= 255 ? new Color(Color.Rgb, (r << 16) | (g << 8) | b) : null;
            }

            i = codes.Length;
            return null;
        }
    }
}

using System.Globalization;
using System.Text;

namespace Bowsprit.Spyglass.Logs;

/// <summary>The SGR attributes in force; <see cref="ToToken"/>/<see cref="FromToken"/> carry it through the browser between tail polls.</summary>
internal struct SgrState : IEquatable<SgrState>
{
    private const int Bold = 1, Faint = 2, Italic = 4, Underline = 8, Strike = 16, Inverse = 32;

    private AnsiColor _fg;
    private AnsiColor _bg;
    private int _flags;

    public readonly bool IsDefault => _fg.Kind == AnsiColor.None && _bg.Kind == AnsiColor.None && _flags == 0;

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
        if (n[0] > AnsiColor.Rgb || n[2] > AnsiColor.Rgb || n[1] > 0xFFFFFF || n[3] > 0xFFFFFF || n[4] > 63)
        {
            return default;
        }

        return new SgrState { _fg = new AnsiColor((byte)n[0], n[1]), _bg = new AnsiColor((byte)n[2], n[3]), _flags = n[4] };
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
                case >= 30 and <= 37: _fg = new AnsiColor(AnsiColor.Palette, code - 30); break;
                case 39: _fg = default; break;
                case >= 40 and <= 47: _bg = new AnsiColor(AnsiColor.Palette, code - 40); break;
                case 49: _bg = default; break;
                case >= 90 and <= 97: _fg = new AnsiColor(AnsiColor.Palette, code - 90 + 8); break;
                case >= 100 and <= 107: _bg = new AnsiColor(AnsiColor.Palette, code - 100 + 8); break;
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
            (fg, bg) = (bg.Kind == AnsiColor.None ? new AnsiColor(AnsiColor.Palette, 16) : bg, fg.Kind == AnsiColor.None ? new AnsiColor(AnsiColor.Palette, 17) : fg);
        }

        var classes = new List<string>(4);
        if (fg.Kind == AnsiColor.Palette) { classes.Add("af" + fg.Value.ToString(CultureInfo.InvariantCulture)); }
        if (bg.Kind == AnsiColor.Palette) { classes.Add("ab" + bg.Value.ToString(CultureInfo.InvariantCulture)); }
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

        if (fg.Kind == AnsiColor.Rgb || bg.Kind == AnsiColor.Rgb)
        {
            // Only numbers formatted here reach the style attribute, so it cannot carry anything else.
            html.Append(" style=\"");
            if (fg.Kind == AnsiColor.Rgb) { html.Append("color:#").Append(fg.Value.ToString("x6", CultureInfo.InvariantCulture)).Append(';'); }
            if (bg.Kind == AnsiColor.Rgb) { html.Append("background-color:#").Append(bg.Value.ToString("x6", CultureInfo.InvariantCulture)).Append(';'); }
            html.Append('"');
        }

        html.Append('>');
    }

    public readonly bool Equals(SgrState other) => _fg == other._fg && _bg == other._bg && _flags == other._flags;

    public override readonly bool Equals(object? obj) => obj is SgrState other && Equals(other);

    public override readonly int GetHashCode() => HashCode.Combine(_fg, _bg, _flags);

    private static AnsiColor? ExtendedColor(ReadOnlySpan<int> codes, ref int i)
    {
        if (i + 2 < codes.Length + 0 && codes[i + 1] == 5)
        {
            var index = codes[i + 2];
            i += 2;
            return index is >= 0 and <= 255 ? AnsiColor.FromIndex(index) : null;
        }

        if (i + 4 < codes.Length && codes[i + 1] == 2)
        {
            var (r, g, b) = (codes[i + 2], codes[i + 3], codes[i + 4]);
            i += 4;
            return r is >= 0 and <= 255 && g is >= 0 and <= 255 && b is >= 0 and <= 255 ? new AnsiColor(AnsiColor.Rgb, (r << 16) | (g << 8) | b) : null;
        }

        i = codes.Length;
        return null;
    }
}

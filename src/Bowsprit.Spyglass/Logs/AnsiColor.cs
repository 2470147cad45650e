namespace Bowsprit.Spyglass.Logs;

/// <summary>A colour: none, one of the 16 palette colours (a CSS class), or an RGB value (inline style).</summary>
internal readonly record struct AnsiColor(byte Kind, int Value)
{
    public const byte None = 0, Palette = 1, Rgb = 2;

    public static AnsiColor FromIndex(int index)
    {
        if (index < 16)
        {
            return new AnsiColor(Palette, index);
        }

        if (index < 232)
        {
            // The 6x6x6 cube.
            var n = index - 16;
            static int Level(int v) => v == 0 ? 0 : 55 + (v * 40);
            return new AnsiColor(Rgb, (Level(n / 36) << 16) | (Level(n / 6 % 6) << 8) | Level(n % 6));
        }

        var gray = 8 + ((index - 232) * 10);
        return new AnsiColor(Rgb, (gray << 16) | (gray << 8) | gray);
    }
}

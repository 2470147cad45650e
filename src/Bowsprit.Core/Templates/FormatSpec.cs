using System.Text;

namespace Bowsprit.Core.Templates;

/// <summary>One parsed fmt directive: verb, flags, width and precision (-1 when absent).</summary>
internal struct FormatSpec
{
    public FormatSpec(char verb)
    {
        Verb = verb;
        Width = -1;
        Precision = -1;
    }

    public char Verb;
    public int Width;
    public int Precision;
    public bool Minus;
    public bool Plus;
    public bool Sharp;
    public bool Space;
    public bool Zero;

    public static FormatSpec Default => new('v');

    /// <summary>Appends text padded to the width, measured in runes as Go does.</summary>
    public readonly void Pad(StringBuilder sb, string text)
    {
        var padding = Width - RuneCount(text);
        if (padding <= 0)
        {
            sb.Append(text);
        }
        else if (Minus)
        {
            sb.Append(text).Append(' ', padding);
        }
        else
        {
            sb.Append(Zero ? '0' : ' ', padding).Append(text);
        }
    }

    public static int RuneCount(string text)
    {
        var count = text.Length;
        foreach (var c in text)
        {
            if (char.IsLowSurrogate(c))
            {
                count--;
            }
        }

        return count;
    }
}

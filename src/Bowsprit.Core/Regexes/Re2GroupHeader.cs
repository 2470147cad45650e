namespace Bowsprit.Core.Regexes;

/// <summary>
/// What a <c>(?</c> construct turned out to be: a named capture (<c>(?P&lt;name&gt;</c> or
/// <c>(?&lt;name&gt;</c>), a non-capturing group with flags (<c>(?i:</c>), or a bare flag change
/// (<c>(?i)</c>). Everything else after <c>(?</c> is rejected as Go does, which covers
/// lookarounds, atomic groups, conditionals, comments and .NET's <c>(?x)</c> and <c>(?n)</c>.
/// </summary>
/// <param name="Name">The capture name, or null for the other two kinds.</param>
/// <param name="Flags">The flags in force after the header.</param>
/// <param name="OpensGroup">False only for a bare flag change, which opens no group.</param>
/// <param name="End">Index just past the header.</param>
internal sealed record Re2GroupHeader(string? Name, Re2Flags Flags, bool OpensGroup, int End)
{
    /// <summary>Parses the header at <paramref name="pos"/>, which starts with <c>(?</c>.</summary>
    public static Re2GroupHeader Parse(string pattern, int pos, Re2Flags flags)
    {
        var remaining = pattern.Length - pos;
        var pythonName = remaining > 4 && pattern[pos + 2] == 'P' && pattern[pos + 3] == '<';
        if (pythonName || (remaining > 3 && pattern[pos + 2] == '<'))
        {
            // Go 1.22+ accepts (?<name>; (?<= and (?<! land here too and fail as names, as in Go.
            return ParseName(pattern, pos, pythonName ? pos + 4 : pos + 3, flags);
        }

        var negate = false;
        var sawFlag = false;
        var p = pos + 2;
        while (p < pattern.Length)
        {
            var c = Re2Text.ReadRune(pattern, p, out var width);
            p += width;
            Re2Flags flag;
            switch (c)
            {
                case 'i':
                    flag = Re2Flags.FoldCase;
                    break;
                case 'm':
                    flag = Re2Flags.MultiLine;
                    break;
                case 's':
                    flag = Re2Flags.DotNewLine;
                    break;
                case 'U':
                    flag = Re2Flags.Ungreedy;
                    break;
                case '-' when !negate:
                    negate = true;
                    sawFlag = false;
                    continue;
                case ':' or ')' when !negate || sawFlag:
                    return new Re2GroupHeader(null, flags, c == ':', p);
                default:
                    throw new Re2SyntaxException(Re2ErrorCode.InvalidPerlOp, pattern[pos..p], pattern);
            }

            flags = negate ? flags & ~flag : flags | flag;
            sawFlag = true;
        }

        throw new Re2SyntaxException(Re2ErrorCode.InvalidPerlOp, pattern[pos..p], pattern);
    }

    private static Re2GroupHeader ParseName(string pattern, int pos, int nameStart, Re2Flags flags)
    {
        var close = pattern.IndexOf('>', pos);
        if (close < 0)
        {
            Re2Text.EnsureValid(pattern, pos, pattern.Length);
            throw new Re2SyntaxException(Re2ErrorCode.InvalidNamedCapture, pattern[pos..], pattern);
        }

        var capture = pattern[pos..(close + 1)];
        Re2Text.EnsureValid(pattern, nameStart, close);
        var name = pattern[nameStart..close];
        if (name.Length == 0 || !name.All(c => c == '_' || char.IsAsciiLetterOrDigit(c)))
        {
            throw new Re2SyntaxException(Re2ErrorCode.InvalidNamedCapture, capture, pattern);
        }

        if (char.IsAsciiDigit(name[0]))
        {
            // (?<2>x) would silently become an explicitly numbered group in .NET.
            throw new Re2SyntaxException(
                Re2ErrorCode.Unsupported,
                capture,
                pattern,
                "a .NET group name starting with a digit is a group number");
        }

        return new Re2GroupHeader(name, flags, OpensGroup: true, close + 1);
    }
}

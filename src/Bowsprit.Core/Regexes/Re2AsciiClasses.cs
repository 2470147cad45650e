namespace Bowsprit.Core.Regexes;

/// <summary>
/// RE2's Perl (<c>\d \s \w</c>) and POSIX (<c>[:alpha:]</c>) classes. RE2 defines them over
/// ASCII only, unlike .NET's Unicode-aware <c>\d \s \w</c>, so they are spelled out as ranges:
/// flattened (lo, hi) pairs in ascending order.
/// </summary>
internal static class Re2AsciiClasses
{
    private static ReadOnlySpan<int> Alnum => ['0', '9', 'A', 'Z', 'a', 'z'];

    private static ReadOnlySpan<int> Alpha => ['A', 'Z', 'a', 'z'];

    private static ReadOnlySpan<int> Ascii => [0x00, 0x7F];

    private static ReadOnlySpan<int> Blank => ['\t', '\t', ' ', ' '];

    private static ReadOnlySpan<int> Cntrl => [0x00, 0x1F, 0x7F, 0x7F];

    private static ReadOnlySpan<int> Digit => ['0', '9'];

    private static ReadOnlySpan<int> Graph => ['!', '~'];

    private static ReadOnlySpan<int> Lower => ['a', 'z'];

    private static ReadOnlySpan<int> Print => [' ', '~'];

    private static ReadOnlySpan<int> Punct => ['!', '/', ':', '@', '[', '`', '{', '~'];

    // POSIX space includes \v; Perl's \s (below) does not.
    private static ReadOnlySpan<int> PosixSpace => ['\t', '\r', ' ', ' '];

    private static ReadOnlySpan<int> PerlSpace => ['\t', '\n', '\f', '\r', ' ', ' '];

    private static ReadOnlySpan<int> Upper => ['A', 'Z'];

    private static ReadOnlySpan<int> Word => ['0', '9', 'A', 'Z', '_', '_', 'a', 'z'];

    private static ReadOnlySpan<int> XDigit => ['0', '9', 'A', 'F', 'a', 'f'];

    /// <summary>Looks up the letter after a backslash: d, s, w and their negated capitals.</summary>
    public static bool TryGetPerl(char letter, out ReadOnlySpan<int> ranges, out bool negated)
    {
        negated = letter is 'D' or 'S' or 'W';
        ranges = letter switch
        {
            'd' or 'D' => Digit,
            's' or 'S' => PerlSpace,
            'w' or 'W' => Word,
            _ => default,
        };
        return !ranges.IsEmpty;
    }

    /// <summary>Looks up the name between <c>[:</c> and <c>:]</c> (without a leading <c>^</c>).</summary>
    public static bool TryGetPosix(string name, out ReadOnlySpan<int> ranges)
    {
        ranges = name switch
        {
            "alnum" => Alnum,
            "alpha" => Alpha,
            "ascii" => Ascii,
            "blank" => Blank,
            "cntrl" => Cntrl,
            "digit" => Digit,
            "graph" => Graph,
            "lower" => Lower,
            "print" => Print,
            "punct" => Punct,
            "space" => PosixSpace,
            "upper" => Upper,
            "word" => Word,
            "xdigit" => XDigit,
            _ => default,
        };
        return !ranges.IsEmpty;
    }
}

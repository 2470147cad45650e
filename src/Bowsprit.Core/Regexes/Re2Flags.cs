namespace Bowsprit.Core.Regexes;

/// <summary>The RE2 flags a pattern can change with <c>(?imsU)</c>; all off is Go's <c>regexp.Compile</c> default.</summary>
[Flags]
internal enum Re2Flags
{
    None = 0,

    /// <summary><c>i</c>: case-insensitive.</summary>
    FoldCase = 1,

    /// <summary><c>m</c>: <c>^</c> and <c>$</c> also match at line boundaries.</summary>
    MultiLine = 2,

    /// <summary><c>s</c>: <c>.</c> also matches <c>\n</c>.</summary>
    DotNewLine = 4,

    /// <summary><c>U</c>: swap the meaning of greedy and lazy quantifiers.</summary>
    Ungreedy = 8,
}

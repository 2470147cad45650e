using System.Text.RegularExpressions;

namespace Bowsprit.Core.Regexes;

/// <summary>
/// Go RE2 regular expressions (as written in Prow configs: <c>branches</c>, <c>run_if_changed</c>,
/// <c>trigger</c>, plugin commands) translated to .NET <see cref="Regex"/> with RE2's meaning:
/// ASCII-only <c>\d \s \w \b</c> and POSIX classes, <c>$</c> as end of text unless <c>(?m)</c>,
/// RE2's flag scoping including <c>(?U)</c>, and Go's errors for everything RE2 rejects
/// (backreferences, lookarounds, possessive and nested quantifiers, counts above 1000, ...).
/// </summary>
/// <remarks>
/// <para>
/// Patterns are validated as Go's <c>regexp.Compile</c> validates them, and
/// <see cref="Re2SyntaxException"/> carries Go's message. Valid RE2 that .NET cannot express
/// faithfully (Unicode scripts such as <c>\p{Greek}</c>, class members above U+FFFF) is
/// rejected with <see cref="Re2ErrorCode.Unsupported"/> rather than approximated.
/// </para>
/// <para>
/// Known differences that remain: .NET matches UTF-16 code units, so <c>.</c> and negated
/// classes match half of a character above U+FFFF where Go matches the whole rune; .NET numbers
/// named groups after unnamed ones (use names, not numbers, for named groups) and merges
/// duplicate names into one group; <c>(?i)</c> uses .NET's case table rather than Unicode simple
/// folding, and does not widen <c>\p{Lu}</c> to lower case as RE2 does.
/// </para>
/// <para>
/// No match timeout is set (the process-wide default applies, normally infinite). Translated
/// patterns contain no backreferences or user lookarounds, but .NET's engine backtracks, so a
/// pattern such as <c>(a*)*b</c> is not linear-time as it is in Go; configs are trusted input.
/// </para>
/// </remarks>
public static class Re2
{
    // These change how .NET reads pattern text or which match it reports; none has an RE2 meaning.
    private const RegexOptions Rejected =
        RegexOptions.IgnorePatternWhitespace | RegexOptions.ECMAScript | RegexOptions.RightToLeft;

    /// <summary>Translates RE2 <paramref name="pattern"/> into equivalent .NET pattern text.</summary>
    /// <exception cref="Re2SyntaxException">Go would reject the pattern, or it cannot be translated.</exception>
    public static string Translate(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return Re2Translator.Translate(pattern, Re2Flags.None);
    }

    /// <summary>
    /// Compiles RE2 <paramref name="pattern"/> into a <see cref="Regex"/> that matches as Go's
    /// <c>regexp.Compile</c> would. <see cref="RegexOptions.IgnoreCase"/>,
    /// <see cref="RegexOptions.Multiline"/> and <see cref="RegexOptions.Singleline"/> are taken as
    /// initial RE2 <c>i</c>, <c>m</c> and <c>s</c> flags; <see cref="RegexOptions.CultureInvariant"/>
    /// is always added. <see cref="RegexOptions.Compiled"/> is never added: configs hold thousands
    /// of patterns and construction cost dominates.
    /// </summary>
    /// <exception cref="Re2SyntaxException">Go would reject the pattern, or it cannot be translated.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="options"/> includes <see cref="RegexOptions.IgnorePatternWhitespace"/>,
    /// <see cref="RegexOptions.ECMAScript"/> or <see cref="RegexOptions.RightToLeft"/>.
    /// </exception>
    public static Regex Compile(string pattern, RegexOptions options = RegexOptions.None)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if ((options & Rejected) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options, "These options have no RE2 equivalent.");
        }

        var flags = Re2Flags.None;
        if ((options & RegexOptions.IgnoreCase) != 0)
        {
            flags |= Re2Flags.FoldCase;
        }

        if ((options & RegexOptions.Multiline) != 0)
        {
            flags |= Re2Flags.MultiLine;
        }

        if ((options & RegexOptions.Singleline) != 0)
        {
            flags |= Re2Flags.DotNewLine;
        }

        var translated = Re2Translator.Translate(pattern, flags);
        var netOptions = (options & ~(RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.Singleline))
            | RegexOptions.CultureInvariant;
        return new Regex(translated, netOptions);
    }
}

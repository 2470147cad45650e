namespace Bowsprit.Core.Regexes;

/// <summary>
/// A pattern that Go's <c>regexp.Compile</c> would reject (or that Bowsprit cannot translate).
/// <see cref="Exception.Message"/> is exactly Go's <c>*syntax.Error</c> text, e.g.
/// <c>error parsing regexp: invalid escape sequence: `\1`</c>, so that config validation
/// reports what Prow would; the whole pattern is in <see cref="Pattern"/>.
/// </summary>
public sealed class Re2SyntaxException : FormatException
{
    public Re2SyntaxException(Re2ErrorCode code, string fragment, string pattern, string? detail = null)
        : base(BuildMessage(code, fragment, detail))
    {
        Code = code;
        Fragment = fragment;
        Pattern = pattern;
    }

    /// <summary>What was wrong.</summary>
    public Re2ErrorCode Code { get; }

    /// <summary>The offending part of the pattern, as Go reports it (between backquotes in the message).</summary>
    public string Fragment { get; }

    /// <summary>The whole pattern that failed to parse.</summary>
    public string Pattern { get; }

    private static string BuildMessage(Re2ErrorCode code, string fragment, string? detail) =>
        "error parsing regexp: " + Describe(code, detail) + ": `" + fragment + "`";

    private static string Describe(Re2ErrorCode code, string? detail) => code switch
    {
        Re2ErrorCode.InvalidCharClass => "invalid character class",
        Re2ErrorCode.InvalidCharRange => "invalid character class range",
        Re2ErrorCode.InvalidEscape => "invalid escape sequence",
        Re2ErrorCode.InvalidNamedCapture => "invalid named capture",
        Re2ErrorCode.InvalidPerlOp => "invalid or unsupported Perl syntax",
        Re2ErrorCode.InvalidRepeatOp => "invalid nested repetition operator",
        Re2ErrorCode.InvalidRepeatSize => "invalid repeat count",
        Re2ErrorCode.InvalidUtf8 => "invalid UTF-8",
        Re2ErrorCode.MissingBracket => "missing closing ]",
        Re2ErrorCode.MissingParen => "missing closing )",
        Re2ErrorCode.MissingRepeatArgument => "missing argument to repetition operator",
        Re2ErrorCode.TrailingBackslash => "trailing backslash at end of expression",
        Re2ErrorCode.UnexpectedParen => "unexpected )",
        Re2ErrorCode.NestingDepth => "expression nests too deeply",
        _ => "unsupported by Bowsprit's RE2 translation" + (detail is null ? "" : " (" + detail + ")"),
    };
}

namespace Bowsprit.Core.Regexes;

/// <summary>
/// The kinds of RE2 syntax errors. All but <see cref="Unsupported"/> mirror Go's
/// <c>regexp/syntax.ErrorCode</c> values and produce the same message text.
/// </summary>
public enum Re2ErrorCode
{
    InvalidCharClass,
    InvalidCharRange,
    InvalidEscape,
    InvalidNamedCapture,
    InvalidPerlOp,
    InvalidRepeatOp,
    InvalidRepeatSize,
    InvalidUtf8,
    MissingBracket,
    MissingParen,
    MissingRepeatArgument,
    TrailingBackslash,
    UnexpectedParen,
    NestingDepth,

    /// <summary>
    /// Valid RE2 that has no faithful .NET translation (for example Unicode script classes).
    /// Go would accept such a pattern, so this is never a Go message.
    /// </summary>
    Unsupported,
}

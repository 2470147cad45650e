namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// One lexical token. <see cref="Value"/> is the punctuator or name text, the digits of a number,
/// or the decoded contents of a string.
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Value, SourceLocation Location)
{
    public bool IsPunctuator(string text) => Kind == TokenKind.Punctuator && Value == text;

    public bool IsName(string text) => Kind == TokenKind.Name && Value == text;

    /// <summary>How graphql-ruby (and so GitHub) names a token in parse errors, e.g. <c>"}" (RCURLY)</c>.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.EndOfDocument => "end of file",
        TokenKind.Punctuator => $"\"{Value}\" ({PunctuatorName(Value)})",
        TokenKind.Name => $"\"{Value}\" (IDENTIFIER)",
        TokenKind.Int => $"\"{Value}\" (INT)",
        TokenKind.Float => $"\"{Value}\" (FLOAT)",
        _ => $"\"{Truncate(Value)}\" (STRING)",
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "...";

    private static string PunctuatorName(string text) => text switch
    {
        "!" => "BANG",
        "$" => "VAR_SIGN",
        "&" => "AMP",
        "(" => "LPAREN",
        ")" => "RPAREN",
        "..." => "ELLIPSIS",
        ":" => "COLON",
        "=" => "EQUALS",
        "@" => "DIR_SIGN",
        "[" => "LBRACKET",
        "]" => "RBRACKET",
        "{" => "LCURLY",
        "|" => "PIPE",
        "}" => "RCURLY",
        _ => "PUNCTUATOR",
    };
}

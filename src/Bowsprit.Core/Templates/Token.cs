namespace Bowsprit.Core.Templates;

/// <summary>One lexical item. <see cref="Pos"/> is the offset in the template text, used for error positions.</summary>
internal readonly record struct Token(TokenKind Kind, string Value, int Pos, int Line)
{
    public bool IsKeyword => Kind >= TokenKind.If;

    /// <summary>The token as Go's parser quotes it in "unexpected ..." messages.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.Eof => "EOF",
        _ when IsKeyword => $"<{Value}>",
        _ when Value.Length > 10 => GoQuote.String(Value[..10], asciiOnly: false) + "...",
        _ => GoQuote.String(Value, asciiOnly: false),
    };
}

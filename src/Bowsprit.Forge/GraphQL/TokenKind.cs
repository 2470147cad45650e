namespace Bowsprit.Forge.GraphQL;

internal enum TokenKind
{
    EndOfDocument,
    Punctuator,
    Name,
    Int,
    Float,
    String,
    BlockString,
}

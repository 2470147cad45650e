namespace Bowsprit.Core.Templates;

internal enum TokenKind
{
    Eof,
    Text,
    LeftDelim,
    RightDelim,
    Space,
    Identifier,
    Field,
    Variable,
    Dot,
    Bool,
    Nil,
    Number,
    CharConstant,
    String,
    RawString,
    LeftParen,
    RightParen,
    Pipe,
    Declare,
    Assign,
    Comma,

    // Keywords stay last: Token.IsKeyword relies on the ordering.
    If,
    Else,
    End,
    Range,
    With,
    Break,
    Continue,
    Define,
    Template,
    Block,
}

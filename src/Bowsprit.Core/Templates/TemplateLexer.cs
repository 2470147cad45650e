namespace Bowsprit.Core.Templates;

/// <summary>
/// Splits template text into tokens with Go's rules: <c>{{</c>/<c>}}</c> delimiters, <c>{{- </c> and
/// <c> -}}</c> trim markers (a hyphen next to an ASCII space), <c>{{/* */}}</c> comments.
/// Whitespace trimming is applied here, so the parser only sees the surviving text.
/// Literal scanning (strings, numbers) lives in TemplateLexer.Literals.cs.
/// </summary>
internal sealed partial class TemplateLexer
{
    private const string LeftDelim = "{{";
    private const string RightDelim = "}}";

    private readonly string _name;
    private readonly string _text;
    private readonly List<Token> _tokens = [];
    private int _pos;
    private int _line = 1;
    private int _actionLine;
    private int _parenDepth;

    private TemplateLexer(string name, string text)
    {
        _name = name;
        _text = text;
    }

    public static List<Token> Tokenize(string name, string text)
    {
        var lexer = new TemplateLexer(name, text);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        var trimLeading = false;
        while (true)
        {
            var delim = _text.IndexOf(LeftDelim, _pos, StringComparison.Ordinal);
            var textEnd = delim < 0 ? _text.Length : delim;
            var inner = delim + LeftDelim.Length;
            var trimTrailing = delim >= 0 && IsSpaceAt(inner + 1) && CharAt(inner) == '-';
            var start = _pos;
            var end = textEnd;
            if (trimLeading)
            {
                while (start < end && IsSpace(_text[start]))
                {
                    start++;
                }
            }

            if (trimTrailing)
            {
                while (end > start && IsSpace(_text[end - 1]))
                {
                    end--;
                }
            }

            if (end > start)
            {
                AdvanceTo(start);
                Emit(TokenKind.Text, _text[start..end], start);
            }

            AdvanceTo(textEnd);
            if (delim < 0)
            {
                Emit(TokenKind.Eof, string.Empty, _pos);
                return;
            }

            _actionLine = _line;
            if (trimTrailing)
            {
                inner += 2;
            }

            if (StartsWith(inner, "/*"))
            {
                trimLeading = LexComment(inner);
                continue;
            }

            Emit(TokenKind.LeftDelim, LeftDelim, delim);
            AdvanceTo(inner);
            trimLeading = LexInsideAction();
        }
    }

    private bool LexComment(int start)
    {
        var close = _text.IndexOf("*/", start + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            throw TemplateErrors.Parse(_name, _actionLine, "unclosed comment");
        }

        var after = close + 2;
        var trim = AtRightTrimMarker(after);
        if (trim)
        {
            after += 2;
        }

        if (!StartsWith(after, RightDelim))
        {
            throw TemplateErrors.Parse(_name, _actionLine, "comment ends before closing delimiter");
        }

        AdvanceTo(after + RightDelim.Length);
        return trim;
    }

    // Returns whether the action closed with a right trim marker.
    private bool LexInsideAction()
    {
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw TemplateErrors.Parse(_name, _actionLine, "unclosed action");
            }

            if (AtRightTrimMarker(_pos))
            {
                CloseAction(_pos + 2 + RightDelim.Length);
                return true;
            }

            if (StartsWith(_pos, RightDelim))
            {
                CloseAction(_pos + RightDelim.Length);
                return false;
            }

            var c = _text[_pos];
            if (IsSpace(c))
            {
                var p = _pos;
                while (p < _text.Length && IsSpace(_text[p]) && !AtRightTrimMarker(p))
                {
                    p++;
                }

                EmitAndAdvance(TokenKind.Space, p);
                continue;
            }

            switch (c)
            {
                case '=':
                    EmitAndAdvance(TokenKind.Assign, _pos + 1);
                    break;
                case ':':
                    if (CharAt(_pos + 1) != '=')
                    {
                        throw Error("expected :=");
                    }

                    EmitAndAdvance(TokenKind.Declare, _pos + 2);
                    break;
                case '|':
                    EmitAndAdvance(TokenKind.Pipe, _pos + 1);
                    break;
                case ',':
                    EmitAndAdvance(TokenKind.Comma, _pos + 1);
                    break;
                case '(':
                    _parenDepth++;
                    EmitAndAdvance(TokenKind.LeftParen, _pos + 1);
                    break;
                case ')':
                    if (--_parenDepth < 0)
                    {
                        throw Error("unexpected right paren");
                    }

                    EmitAndAdvance(TokenKind.RightParen, _pos + 1);
                    break;
                case '"':
                    LexQuoted('"', TokenKind.String, "unterminated quoted string");
                    break;
                case '\'':
                    LexQuoted('\'', TokenKind.CharConstant, "unterminated character constant");
                    break;
                case '`':
                    LexRawString();
                    break;
                case '$':
                    LexFieldOrVariable(TokenKind.Variable);
                    break;
                case '.' when !char.IsAsciiDigit(CharAt(_pos + 1)):
                    LexFieldOrVariable(TokenKind.Field);
                    break;
                case '.' or '+' or '-' or (>= '0' and <= '9'):
                    LexNumber();
                    break;
                default:
                    if (!IsAlphaNumeric(c))
                    {
                        throw Error($"unrecognized character in action: {GoQuote.RuneName(c)}");
                    }

                    LexIdentifier();
                    break;
            }
        }
    }

    private void CloseAction(int next)
    {
        if (_parenDepth > 0)
        {
            throw Error("unclosed left paren");
        }

        Emit(TokenKind.RightDelim, RightDelim, _pos);
        AdvanceTo(next);
    }

    private void LexFieldOrVariable(TokenKind kind)
    {
        var p = _pos + 1;
        if (AtTerminator(p))
        {
            EmitAndAdvance(kind == TokenKind.Field ? TokenKind.Dot : TokenKind.Variable, p);
            return;
        }

        while (p < _text.Length && IsAlphaNumeric(_text[p]))
        {
            p++;
        }

        if (!AtTerminator(p))
        {
            throw Error($"bad character {GoQuote.RuneName(_text[p])}");
        }

        EmitAndAdvance(kind, p);
    }

    private void LexIdentifier()
    {
        var p = _pos;
        while (p < _text.Length && IsAlphaNumeric(_text[p]))
        {
            p++;
        }

        if (!AtTerminator(p))
        {
            throw Error($"bad character {GoQuote.RuneName(_text[p])}");
        }

        var kind = _text[_pos..p] switch
        {
            "if" => TokenKind.If,
            "else" => TokenKind.Else,
            "end" => TokenKind.End,
            "range" => TokenKind.Range,
            "with" => TokenKind.With,
            "break" => TokenKind.Break,
            "continue" => TokenKind.Continue,
            "define" => TokenKind.Define,
            "template" => TokenKind.Template,
            "block" => TokenKind.Block,
            "true" or "false" => TokenKind.Bool,
            "nil" => TokenKind.Nil,
            _ => TokenKind.Identifier,
        };
        EmitAndAdvance(kind, p);
    }

    private bool AtTerminator(int p)
    {
        if (p >= _text.Length)
        {
            return true;
        }

        var c = _text[p];
        return IsSpace(c) || c is '.' or ',' or '|' or ':' or ')' or '(' || StartsWith(p, RightDelim);
    }

    private bool AtRightTrimMarker(int p) => IsSpaceAt(p) && CharAt(p + 1) == '-' && StartsWith(p + 2, RightDelim);

    private bool StartsWith(int p, string value) =>
        p <= _text.Length && _text.AsSpan(p).StartsWith(value, StringComparison.Ordinal);

    private char CharAt(int p) => p >= 0 && p < _text.Length ? _text[p] : '\0';

    private bool IsSpaceAt(int p) => p < _text.Length && IsSpace(_text[p]);

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    private static bool IsAlphaNumeric(char c) => c == '_' || char.IsLetterOrDigit(c);

    private void EmitAndAdvance(TokenKind kind, int end)
    {
        Emit(kind, _text[_pos..end], _pos);
        AdvanceTo(end);
    }

    private void Emit(TokenKind kind, string value, int pos) => _tokens.Add(new Token(kind, value, pos, _line));

    private void AdvanceTo(int p)
    {
        _line += _text.AsSpan(_pos, p - _pos).Count('\n');
        _pos = p;
    }

    private GoTemplateException Error(string message) => TemplateErrors.Parse(_name, _line, message);
}

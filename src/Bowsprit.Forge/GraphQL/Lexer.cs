using System.Globalization;
using System.Text;

namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// Turns GraphQL source text into tokens, skipping the "ignored" tokens of the spec
/// (whitespace, line terminators, commas, comments and a byte order mark).
/// </summary>
internal sealed class Lexer(string source)
{
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    public Token Next()
    {
        SkipIgnored();
        var location = CurrentLocation();
        if (_pos >= source.Length)
        {
            return new Token(TokenKind.EndOfDocument, "", location);
        }

        var c = source[_pos];
        switch (c)
        {
            case '!' or '$' or '&' or '(' or ')' or ':' or '=' or '@' or '[' or ']' or '{' or '|' or '}':
                _pos++;
                return new Token(TokenKind.Punctuator, c.ToString(), location);
            case '.':
                if (Peek(1) == '.' && Peek(2) == '.')
                {
                    _pos += 3;
                    return new Token(TokenKind.Punctuator, "...", location);
                }

                throw Error("Unexpected character \".\"; did you mean \"...\"?", location);
            case '"':
                return Peek(1) == '"' && Peek(2) == '"' ? ReadBlockString(location) : ReadString(location);
            default:
                if (c == '-' || char.IsAsciiDigit(c))
                {
                    return ReadNumber(location);
                }

                if (IsNameStart(c))
                {
                    var start = _pos;
                    while (_pos < source.Length && IsNameContinue(source[_pos]))
                    {
                        _pos++;
                    }

                    return new Token(TokenKind.Name, source[start.._pos], location);
                }

                throw Error($"Unexpected character {DescribeChar(c)}", location);
        }
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsNameContinue(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static string DescribeChar(char c) =>
        c < 0x20 || c > 0x7E ? $"U+{(int)c:X4}" : $"\"{c}\"";

    private static GraphQLSyntaxException Error(string message, SourceLocation at) =>
        new($"{message} at [{at.Line}, {at.Column}]", at.Line, at.Column);

    private char Peek(int offset) => _pos + offset < source.Length ? source[_pos + offset] : '\0';

    private SourceLocation CurrentLocation() => new(_line, _pos - _lineStart + 1);

    private void NewLine()
    {
        // \r\n is a single line terminator.
        if (source[_pos] == '\r' && Peek(1) == '\n')
        {
            _pos++;
        }

        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private void SkipIgnored()
    {
        while (_pos < source.Length)
        {
            var c = source[_pos];
            if (c is ' ' or '\t' or ',' or '\uFEFF')
            {
                _pos++;
            }
            else if (c is '\n' or '\r')
            {
                NewLine();
            }
            else if (c == '#')
            {
                while (_pos < source.Length && source[_pos] is not ('\n' or '\r'))
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private Token ReadNumber(SourceLocation location)
    {
        var start = _pos;
        if (source[_pos] == '-')
        {
            _pos++;
        }

        if (Peek(0) == '0')
        {
            _pos++;
            if (char.IsAsciiDigit(Peek(0)))
            {
                throw Error($"Invalid number, unexpected digit after 0: {DescribeChar(Peek(0))}", CurrentLocation());
            }
        }
        else
        {
            ReadDigits();
        }

        var isFloat = false;
        if (Peek(0) == '.')
        {
            isFloat = true;
            _pos++;
            ReadDigits();
        }

        if (Peek(0) is 'e' or 'E')
        {
            isFloat = true;
            _pos++;
            if (Peek(0) is '+' or '-')
            {
                _pos++;
            }

            ReadDigits();
        }

        // A number may not run straight into a name or another dot ("1.2.3", "12abc").
        if (Peek(0) == '.' || IsNameStart(Peek(0)))
        {
            throw Error($"Invalid number, expected digit but got {DescribeChar(Peek(0))}", CurrentLocation());
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, source[start.._pos], location);
    }

    private void ReadDigits()
    {
        if (!char.IsAsciiDigit(Peek(0)))
        {
            var got = _pos < source.Length ? DescribeChar(source[_pos]) : "end of file";
            throw Error($"Invalid number, expected digit but got {got}", CurrentLocation());
        }

        while (char.IsAsciiDigit(Peek(0)))
        {
            _pos++;
        }
    }

    private Token ReadString(SourceLocation location)
    {
        _pos++;
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= source.Length || source[_pos] is '\n' or '\r')
            {
                throw Error("Unterminated string", location);
            }

            var c = source[_pos];
            if (c == '"')
            {
                _pos++;
                return new Token(TokenKind.String, value.ToString(), location);
            }

            if (c == '\\')
            {
                ReadEscape(value);
                continue;
            }

            if (c < 0x20 && c != '\t')
            {
                throw Error($"Invalid character within string: {DescribeChar(c)}", CurrentLocation());
            }

            value.Append(c);
            _pos++;
        }
    }

    private void ReadEscape(StringBuilder value)
    {
        var at = CurrentLocation();
        var c = Peek(1);
        _pos += 2;
        switch (c)
        {
            case '"': value.Append('"'); break;
            case '\\': value.Append('\\'); break;
            case '/': value.Append('/'); break;
            case 'b': value.Append('\b'); break;
            case 'f': value.Append('\f'); break;
            case 'n': value.Append('\n'); break;
            case 'r': value.Append('\r'); break;
            case 't': value.Append('\t'); break;
            case 'u': ReadUnicodeEscape(value, at); break;
            default: throw Error($"Invalid escape sequence \\{c}", at);
        }
    }

    private void ReadUnicodeEscape(StringBuilder value, SourceLocation at)
    {
        int codePoint;
        if (Peek(0) == '{')
        {
            var end = source.IndexOf('}', _pos);
            if (end < 0 || end - _pos - 1 is < 1 or > 6 || !TryHex(source.AsSpan(_pos + 1, end - _pos - 1), out codePoint))
            {
                throw Error("Invalid Unicode escape sequence", at);
            }

            _pos = end + 1;
        }
        else
        {
            if (_pos + 4 > source.Length || !TryHex(source.AsSpan(_pos, 4), out codePoint))
            {
                throw Error("Invalid Unicode escape sequence", at);
            }

            _pos += 4;

            // Characters outside the BMP arrive as an escaped surrogate pair: "\uD83D\uDE00".
            if (char.IsHighSurrogate((char)codePoint) && Peek(0) == '\\' && Peek(1) == 'u'
                && _pos + 6 <= source.Length && TryHex(source.AsSpan(_pos + 2, 4), out var low)
                && char.IsLowSurrogate((char)low))
            {
                _pos += 6;
                codePoint = char.ConvertToUtf32((char)codePoint, (char)low);
            }
        }

        if (codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        {
            throw Error("Invalid Unicode escape sequence", at);
        }

        value.Append(char.ConvertFromUtf32(codePoint));
    }

    private static bool TryHex(ReadOnlySpan<char> digits, out int value) =>
        int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);

    private Token ReadBlockString(SourceLocation location)
    {
        _pos += 3;
        var raw = new StringBuilder();
        while (true)
        {
            if (_pos >= source.Length)
            {
                throw Error("Unterminated string", location);
            }

            var c = source[_pos];
            if (c == '"' && Peek(1) == '"' && Peek(2) == '"')
            {
                _pos += 3;
                return new Token(TokenKind.BlockString, BlockStringValue(raw.ToString()), location);
            }

            if (c == '\\' && Peek(1) == '"' && Peek(2) == '"' && Peek(3) == '"')
            {
                raw.Append("\"\"\"");
                _pos += 4;
            }
            else if (c is '\n' or '\r')
            {
                raw.Append('\n');
                NewLine();
            }
            else
            {
                raw.Append(c);
                _pos++;
            }
        }
    }

    /// <summary>The spec's BlockStringValue: strip the common indentation and blank first/last lines.</summary>
    internal static string BlockStringValue(string raw)
    {
        var lines = raw.Split('\n');
        int? commonIndent = null;
        for (var i = 1; i < lines.Length; i++)
        {
            var indent = LeadingWhitespace(lines[i]);
            if (indent < lines[i].Length && (commonIndent is null || indent < commonIndent))
            {
                commonIndent = indent;
            }
        }

        if (commonIndent is int common)
        {
            for (var i = 1; i < lines.Length; i++)
            {
                lines[i] = lines[i].Length <= common ? "" : lines[i][common..];
            }
        }

        var first = 0;
        var last = lines.Length - 1;
        while (first <= last && LeadingWhitespace(lines[first]) == lines[first].Length)
        {
            first++;
        }

        while (last >= first && LeadingWhitespace(lines[last]) == lines[last].Length)
        {
            last--;
        }

        return string.Join('\n', lines[first..(last + 1)]);
    }

    private static int LeadingWhitespace(string line)
    {
        var n = 0;
        while (n < line.Length && line[n] is ' ' or '\t')
        {
            n++;
        }

        return n;
    }
}

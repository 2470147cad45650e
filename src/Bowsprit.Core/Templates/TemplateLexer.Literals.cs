namespace Bowsprit.Core.Templates;

/// <summary>Scanning of quoted strings, character constants and numbers inside actions.</summary>
internal sealed partial class TemplateLexer
{
    private void LexQuoted(char quote, TokenKind kind, string unterminated)
    {
        var p = _pos + 1;
        while (true)
        {
            var c = CharAt(p);
            if (p >= _text.Length || c == '\n')
            {
                throw Error(unterminated);
            }

            if (c == '\\')
            {
                if (p + 1 >= _text.Length || _text[p + 1] == '\n')
                {
                    throw Error(unterminated);
                }

                p += 2;
                continue;
            }

            p++;
            if (c == quote)
            {
                break;
            }
        }

        EmitAndAdvance(kind, p);
    }

    private void LexRawString()
    {
        var close = _text.IndexOf('`', _pos + 1);
        if (close < 0)
        {
            throw Error("unterminated raw quoted string");
        }

        EmitAndAdvance(TokenKind.RawString, close + 1);
    }

    // Scans anything Go's number syntax could start; GoLiterals decides whether it is valid.
    private void LexNumber()
    {
        var p = _pos;
        if (CharAt(p) is '+' or '-')
        {
            p++;
        }

        var digits = "0123456789_";
        var exponent = "eE";
        if (CharAt(p) == '0' && char.ToLowerInvariant(CharAt(p + 1)) is 'x' or 'o' or 'b')
        {
            (digits, exponent) = char.ToLowerInvariant(CharAt(p + 1)) switch
            {
                'x' => ("0123456789abcdefABCDEF_", "pP"),
                'o' => ("01234567_", string.Empty),
                _ => ("01_", string.Empty),
            };
            p += 2;
        }

        p = Accept(p, digits);
        if (CharAt(p) == '.')
        {
            p = Accept(p + 1, digits);
        }

        if (exponent.Contains(CharAt(p), StringComparison.Ordinal) && CharAt(p) != '\0')
        {
            p++;
            if (CharAt(p) is '+' or '-')
            {
                p++;
            }

            p = Accept(p, "0123456789_");
        }

        if (CharAt(p) == 'i')
        {
            p++;
        }

        if (p < _text.Length && IsAlphaNumeric(_text[p]))
        {
            throw Error($"bad number syntax: {GoQuote.String(_text[_pos..(p + 1)], asciiOnly: false)}");
        }

        EmitAndAdvance(TokenKind.Number, p);
    }

    private int Accept(int p, string valid)
    {
        while (p < _text.Length && valid.Contains(_text[p], StringComparison.Ordinal))
        {
            p++;
        }

        return p;
    }
}

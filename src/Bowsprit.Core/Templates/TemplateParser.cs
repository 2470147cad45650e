namespace Bowsprit.Core.Templates;

/// <summary>
/// Builds the parse tree from tokens, checking what Go checks at parse time (unknown functions,
/// undeclared variables, misplaced {{end}}/{{else}}/{{break}}) and rejecting features outside
/// Bowsprit's subset. This file holds the statement level; operands live in TemplateParser.Operands.cs.
/// </summary>
internal sealed partial class TemplateParser
{
    private readonly string _name;
    private readonly List<Token> _tokens;
    private readonly List<string> _vars = ["$"];
    private int _index;
    private int _rangeDepth;

    private TemplateParser(string name, List<Token> tokens)
    {
        _name = name;
        _tokens = tokens;
    }

    public static ListNode Parse(string name, string text)
    {
        var parser = new TemplateParser(name, TemplateLexer.Tokenize(name, text));
        var root = parser.ParseList(out var stop);
        if (stop.Kind != TokenKind.Eof)
        {
            throw parser.Error(stop, $"unexpected {{{{{stop.Value}}}}}");
        }

        return root;
    }

    // Parses text and actions up to EOF or an {{end}}/{{else}} keyword, which is returned in stop.
    // After {{end}} the closing delimiter is consumed; after {{else}} the caller reads what follows.
    private ListNode ParseList(out Token stop)
    {
        var nodes = new List<TemplateNode>();
        var pos = Peek().Pos;
        while (true)
        {
            var token = Next();
            if (token.Kind == TokenKind.Text)
            {
                nodes.Add(new TextNode(token.Pos, token.Value));
                continue;
            }

            if (token.Kind == TokenKind.Eof)
            {
                stop = token;
                return new ListNode(pos, [.. nodes]);
            }

            var keyword = PeekNonSpace();
            switch (keyword.Kind)
            {
                case TokenKind.End:
                    NextNonSpace();
                    ExpectRightDelim("end");
                    stop = keyword;
                    return new ListNode(pos, [.. nodes]);
                case TokenKind.Else:
                    NextNonSpace();
                    stop = keyword;
                    return new ListNode(pos, [.. nodes]);
                case TokenKind.If or TokenKind.With:
                    NextNonSpace();
                    nodes.Add(ParseIf(keyword));
                    break;
                case TokenKind.Range:
                    NextNonSpace();
                    nodes.Add(ParseRange(keyword));
                    break;
                case TokenKind.Break or TokenKind.Continue:
                    NextNonSpace();
                    if (_rangeDepth == 0)
                    {
                        throw Error(keyword, $"{{{{{keyword.Value}}}}} outside {{{{range}}}}");
                    }

                    ExpectRightDelim(keyword.Value);
                    nodes.Add(keyword.Kind == TokenKind.Break ? new BreakNode(keyword.Pos) : new ContinueNode(keyword.Pos));
                    break;
                case TokenKind.Define or TokenKind.Template or TokenKind.Block:
                    throw TemplateErrors.Unsupported(
                        _name, keyword.Line, $"{{{{{keyword.Value}}}}} (Prow templates are rendered on their own; inline the text instead)");
                default:
                    var pipe = ParsePipeline("command", TokenKind.RightDelim, maxDecls: 1);
                    nodes.Add(new ActionNode(token.Pos, pipe));
                    break;
            }
        }
    }

    private IfNode ParseIf(Token keyword)
    {
        var isWith = keyword.Kind == TokenKind.With;
        var mark = _vars.Count;
        var pipe = ParsePipeline(keyword.Value, TokenKind.RightDelim, maxDecls: 1);
        var then = ParseList(out var stop);
        ListNode? @else = null;
        if (stop.Kind == TokenKind.Else)
        {
            var next = PeekNonSpace();
            if (next.Kind is TokenKind.If or TokenKind.With)
            {
                // {{else if x}} is {{else}}{{if x}}...{{end}}{{end}} with the inner {{end}} shared.
                NextNonSpace();
                @else = new ListNode(next.Pos, [ParseIf(next)]);
            }
            else
            {
                @else = ParseElse();
            }
        }
        else if (stop.Kind == TokenKind.Eof)
        {
            throw Error(stop, "unexpected EOF");
        }

        _vars.RemoveRange(mark, _vars.Count - mark);
        return new IfNode(keyword.Pos, isWith, pipe, then, @else);
    }

    private RangeNode ParseRange(Token keyword)
    {
        var mark = _vars.Count;
        var pipe = ParsePipeline("range", TokenKind.RightDelim, maxDecls: 2);
        _rangeDepth++;
        var body = ParseList(out var stop);
        _rangeDepth--;
        ListNode? @else = null;
        if (stop.Kind == TokenKind.Else)
        {
            @else = ParseElse();
        }
        else if (stop.Kind == TokenKind.Eof)
        {
            throw Error(stop, "unexpected EOF");
        }

        _vars.RemoveRange(mark, _vars.Count - mark);
        return new RangeNode(keyword.Pos, pipe, body, @else);
    }

    private ListNode ParseElse()
    {
        ExpectRightDelim("else");
        var list = ParseList(out var stop);
        return stop.Kind switch
        {
            TokenKind.End => list,
            TokenKind.Else => throw Error(stop, "expected end; found {{else}}"),
            _ => throw Error(stop, "unexpected EOF"),
        };
    }

    private void ExpectRightDelim(string context)
    {
        var token = NextNonSpace();
        if (token.Kind != TokenKind.RightDelim)
        {
            throw Error(token, $"unexpected {token.Describe()} in {context}");
        }
    }

    private Token Peek() => _tokens[_index];

    private Token Next() => _tokens[_index < _tokens.Count - 1 ? _index++ : _index];

    private Token PeekNonSpace()
    {
        SkipSpace();
        return Peek();
    }

    private Token NextNonSpace()
    {
        SkipSpace();
        return Next();
    }

    private void SkipSpace()
    {
        while (_tokens[_index].Kind == TokenKind.Space)
        {
            _index++;
        }
    }

    private GoTemplateException Error(Token at, string message) => TemplateErrors.Parse(_name, at.Line, message);
}

namespace Bowsprit.Core.Templates;

/// <summary>Pipelines, commands and operands.</summary>
internal sealed partial class TemplateParser
{
    private PipelineNode ParsePipeline(string context, TokenKind end, int maxDecls)
    {
        var pos = PeekNonSpace().Pos;
        var decls = new List<string>();
        var isAssign = ParseDeclarations(context, maxDecls, decls);
        var commands = new List<CommandNode>();
        while (true)
        {
            var token = PeekNonSpace();
            if (token.Kind == end && commands.Count == 0)
            {
                throw Error(token, $"missing value for {context}");
            }

            commands.Add(ParseCommand(commands.Count + 1));
            var separator = NextNonSpace();
            if (separator.Kind == end)
            {
                break;
            }

            if (separator.Kind != TokenKind.Pipe)
            {
                throw Error(separator, $"unexpected {separator.Describe()} in {context}");
            }
        }

        if (!isAssign)
        {
            _vars.AddRange(decls);
        }

        return new PipelineNode(pos, [.. decls], isAssign, [.. commands]);
    }

    // Recognizes "$x :=", "$x =" and, in range, "$i, $e :=" ahead of a pipeline; returns whether it assigns.
    private bool ParseDeclarations(string context, int maxDecls, List<string> decls)
    {
        if (PeekNonSpace().Kind != TokenKind.Variable)
        {
            return false;
        }

        var start = _index;
        var variable = Next();
        var op = PeekNonSpace();
        if (op.Kind == TokenKind.Comma)
        {
            if (maxDecls < 2)
            {
                throw Error(op, $"too many declarations in {context}");
            }

            NextNonSpace();
            var second = NextNonSpace();
            if (second.Kind != TokenKind.Variable)
            {
                throw Error(second, $"range can only initialize variables, found {second.Describe()}");
            }

            decls.Add(variable.Value);
            decls.Add(second.Value);
            op = NextNonSpace();
            if (op.Kind is not (TokenKind.Declare or TokenKind.Assign))
            {
                throw Error(op, $"unexpected {op.Describe()} in {context}; expected := or =");
            }
        }
        else if (op.Kind is TokenKind.Declare or TokenKind.Assign)
        {
            NextNonSpace();
            decls.Add(variable.Value);
        }
        else
        {
            _index = start;
            return false;
        }

        var isAssign = op.Kind == TokenKind.Assign;
        foreach (var name in decls)
        {
            if (isAssign && !_vars.Contains(name))
            {
                throw Error(variable, $"undefined variable \"{name}\"");
            }
        }

        return isAssign;
    }

    private CommandNode ParseCommand(int stage)
    {
        var first = PeekNonSpace();
        var args = new List<ExprNode>();
        while (true)
        {
            var token = PeekNonSpace();
            if (token.Kind is TokenKind.Pipe or TokenKind.RightDelim or TokenKind.RightParen)
            {
                break;
            }

            args.Add(ParseOperand());
            var after = Peek();
            if (after.Kind is not (TokenKind.Space or TokenKind.Pipe or TokenKind.RightDelim or TokenKind.RightParen))
            {
                throw Error(after, $"unexpected {after.Describe()} in operand");
            }
        }

        if (args.Count == 0)
        {
            throw Error(first, "missing value for command");
        }

        ValidateCommand(first, args, stage);
        return new CommandNode(first.Pos, [.. args]);
    }

    // Only functions take arguments. Go would call a method for ".Method arg" (or a piped value);
    // Bowsprit reads properties only, so it says so instead of failing at execution time.
    private void ValidateCommand(Token first, List<ExprNode> args, int stage)
    {
        var head = args[0];
        if (head is IdentifierNode)
        {
            return;
        }

        if (head is NilNode)
        {
            throw Error(first, "nil is not a command");
        }

        var takesArguments = args.Count > 1 || stage > 1;
        if (!takesArguments)
        {
            return;
        }

        if (head is FieldNode or ChainNode or VariableNode { Sites.Length: > 0 })
        {
            throw TemplateErrors.Unsupported(_name, first.Line, $"method call with arguments ({head})");
        }

        if (args.Count == 1 && head is not (VariableNode or ParenNode))
        {
            throw Error(first, $"non executable command in pipeline stage {stage}");
        }

        throw Error(first, $"can't give argument to non-function {head}");
    }

    private ExprNode ParseOperand()
    {
        var term = ParseTerm();
        if (Peek().Kind != TokenKind.Field)
        {
            return term;
        }

        if (term is not (ParenNode or IdentifierNode))
        {
            throw Error(Peek(), $"unexpected . after term {GoQuote.String(term.ToString()!, asciiOnly: false)}");
        }

        return new ChainNode(term.Pos, term, ParseFieldSites());
    }

    private ExprNode ParseTerm()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Identifier:
                if (FunctionTable.IsUnsupported(token.Value))
                {
                    throw TemplateErrors.Unsupported(_name, token.Line, $"function \"{token.Value}\"");
                }

                if (!FunctionTable.TryLookup(token.Value, out var function))
                {
                    throw Error(token, $"function \"{token.Value}\" not defined");
                }

                return new IdentifierNode(token.Pos, function, token.Value);
            case TokenKind.Dot:
                return new DotNode(token.Pos);
            case TokenKind.Nil:
                return new NilNode(token.Pos);
            case TokenKind.Bool:
                return new LiteralNode(token.Pos, token.Value == "true", token.Value);
            case TokenKind.Field:
                _index--;
                return new FieldNode(token.Pos, ParseFieldSites());
            case TokenKind.Variable:
                if (!_vars.Contains(token.Value))
                {
                    throw Error(token, $"undefined variable \"{token.Value}\"");
                }

                return new VariableNode(token.Pos, token.Value, ParseFieldSites());
            case TokenKind.String or TokenKind.RawString:
                var text = GoLiterals.Unquote(token.Value) ?? throw Error(token, $"invalid syntax: {token.Value}");
                return new LiteralNode(token.Pos, text, token.Value);
            case TokenKind.CharConstant:
                var rune = GoLiterals.UnquoteChar(token.Value) ?? throw Error(token, $"malformed character constant: {token.Value}");
                return new LiteralNode(token.Pos, rune, token.Value);
            case TokenKind.Number:
                var number = GoLiterals.ParseNumber(token.Value, out var error);
                return error is null ? new LiteralNode(token.Pos, number, token.Value) : throw Error(token, error);
            case TokenKind.LeftParen:
                var pipe = ParsePipeline("parenthesized pipeline", TokenKind.RightParen, maxDecls: 1);
                return new ParenNode(token.Pos, pipe);
            default:
                throw Error(token, $"unexpected {token.Describe()} in operand");
        }
    }

    private MemberSite[] ParseFieldSites()
    {
        var sites = new List<MemberSite>();
        while (Peek().Kind == TokenKind.Field)
        {
            sites.Add(new MemberSite(Next().Value[1..]));
        }

        return [.. sites];
    }
}

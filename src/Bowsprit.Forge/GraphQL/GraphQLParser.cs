namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// Recursive-descent parser for GraphQL executable documents (October 2021 spec), plus the two
/// snippets of SDL the schema builder accepts: type references and argument definitions.
/// </summary>
internal sealed class GraphQLParser
{
    // Nesting and size guards: the parser recurses, and a stack overflow cannot be caught.
    private const int MaxNesting = 64;
    private const int MaxTokens = 100_000;

    private readonly Lexer _lexer;
    private Token _token;
    private int _nesting;
    private int _tokens;

    private GraphQLParser(string text)
    {
        _lexer = new Lexer(text);
        Advance();
    }

    public static GraphQLDocument Parse(string text) => new GraphQLParser(text).ParseDocument();

    /// <summary>Parses a lone type reference such as <c>[Label!]!</c>.</summary>
    public static TypeRef ParseType(string text)
    {
        var parser = new GraphQLParser(text);
        var type = parser.ParseTypeRef();
        parser.ExpectEnd();
        return type;
    }

    /// <summary>Parses argument definitions as in SDL, without parentheses: <c>first: Int = 10, after: String</c>.</summary>
    public static IReadOnlyList<ArgumentDefinition> ParseArgumentDefinitions(string text)
    {
        var parser = new GraphQLParser(text);
        var arguments = new List<ArgumentDefinition>();
        while (parser._token.Kind != TokenKind.EndOfDocument)
        {
            var name = parser.ParseName();
            parser.Expect(":");
            var type = parser.ParseTypeRef();
            ValueNode? defaultValue = null;
            if (parser.SkipPunctuator("="))
            {
                defaultValue = parser.ParseValue(isConst: true);
            }

            arguments.Add(new ArgumentDefinition(name, type, defaultValue));
        }

        return arguments;
    }

    private GraphQLDocument ParseDocument()
    {
        var operations = new List<OperationDefinition>();
        var fragments = new List<FragmentDefinition>();
        if (_token.Kind == TokenKind.EndOfDocument)
        {
            throw Unexpected();
        }

        while (_token.Kind != TokenKind.EndOfDocument)
        {
            if (_token.IsPunctuator("{"))
            {
                var location = _token.Location;
                var selectionSet = ParseSelectionSet();
                operations.Add(new OperationDefinition(OperationType.Query, null, [], [], selectionSet, location));
            }
            else if (_token.Kind == TokenKind.Name && _token.Value is "query" or "mutation" or "subscription")
            {
                operations.Add(ParseOperation());
            }
            else if (_token.IsName("fragment"))
            {
                fragments.Add(ParseFragmentDefinition());
            }
            else
            {
                throw Unexpected();
            }
        }

        return new GraphQLDocument(operations, fragments);
    }

    private OperationDefinition ParseOperation()
    {
        var location = _token.Location;
        var operation = _token.Value switch
        {
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => OperationType.Query,
        };
        Advance();
        var name = _token.Kind == TokenKind.Name ? ParseName() : null;
        var variables = new List<VariableDefinition>();
        if (SkipPunctuator("("))
        {
            do
            {
                var variableLocation = _token.Location;
                Expect("$");
                var variableName = ParseName();
                Expect(":");
                var type = ParseTypeRef();
                var defaultValue = SkipPunctuator("=") ? ParseValue(isConst: true) : null;

                // Directives on variable definitions are legal syntax; none is supported, so they are parsed and dropped.
                ParseDirectives(isConst: true);
                variables.Add(new VariableDefinition(variableName, type, defaultValue, variableLocation));
            }
            while (!SkipPunctuator(")"));
        }

        var directives = ParseDirectives(isConst: false);
        return new OperationDefinition(operation, name, variables, directives, ParseSelectionSet(), location);
    }

    private FragmentDefinition ParseFragmentDefinition()
    {
        var location = _token.Location;
        Advance();
        if (_token.IsName("on"))
        {
            throw Unexpected();
        }

        var name = ParseName();
        ExpectName("on");
        var typeCondition = ParseName();
        var directives = ParseDirectives(isConst: false);
        return new FragmentDefinition(name, typeCondition, directives, ParseSelectionSet(), location);
    }

    private SelectionSet ParseSelectionSet()
    {
        var location = _token.Location;
        Expect("{");
        Enter();
        var selections = new List<SelectionNode>();
        do
        {
            selections.Add(_token.IsPunctuator("...") ? ParseFragment() : ParseField());
        }
        while (!SkipPunctuator("}"));

        _nesting--;
        return new SelectionSet(selections, location);
    }

    private FieldNode ParseField()
    {
        var location = _token.Location;
        string? alias = null;
        var name = ParseName();
        if (SkipPunctuator(":"))
        {
            alias = name;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = _token.IsPunctuator("{") ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, location);
    }

    private SelectionNode ParseFragment()
    {
        var location = _token.Location;
        Expect("...");
        string? typeCondition = null;
        if (_token.IsName("on"))
        {
            Advance();
            typeCondition = ParseName();
        }
        else if (_token.Kind == TokenKind.Name)
        {
            var name = ParseName();
            return new FragmentSpreadNode(name, ParseDirectives(isConst: false), location);
        }

        var directives = ParseDirectives(isConst: false);
        return new InlineFragmentNode(typeCondition, directives, ParseSelectionSet(), location);
    }

    private List<ArgumentNode> ParseArguments(bool isConst)
    {
        var arguments = new List<ArgumentNode>();
        if (!SkipPunctuator("("))
        {
            return arguments;
        }

        do
        {
            arguments.Add(ParseNameValuePair(isConst));
        }
        while (!SkipPunctuator(")"));

        return arguments;
    }

    private ArgumentNode ParseNameValuePair(bool isConst)
    {
        var location = _token.Location;
        var name = ParseName();
        Expect(":");
        return new ArgumentNode(name, ParseValue(isConst), location);
    }

    private List<DirectiveNode> ParseDirectives(bool isConst)
    {
        var directives = new List<DirectiveNode>();
        while (_token.IsPunctuator("@"))
        {
            var location = _token.Location;
            Advance();
            var name = ParseName();
            directives.Add(new DirectiveNode(name, ParseArguments(isConst), location));
        }

        return directives;
    }

    private ValueNode ParseValue(bool isConst)
    {
        var token = _token;
        var location = token.Location;
        switch (token.Kind)
        {
            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Value, location);
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Value, location);
            case TokenKind.String or TokenKind.BlockString:
                Advance();
                return new StringValueNode(token.Value, location);
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true, location),
                    "false" => new BooleanValueNode(false, location),
                    "null" => new NullValueNode(location),
                    _ => new EnumValueNode(token.Value, location),
                };
            case TokenKind.Punctuator when token.Value == "$" && !isConst:
                Advance();
                return new VariableNode(ParseName(), location);
            case TokenKind.Punctuator when token.Value == "[":
                return ParseList(isConst);
            case TokenKind.Punctuator when token.Value == "{":
                Advance();
                Enter();
                var fields = new List<ArgumentNode>();
                while (!SkipPunctuator("}"))
                {
                    fields.Add(ParseNameValuePair(isConst));
                }

                _nesting--;
                return new ObjectValueNode(fields, location);
            default:
                throw Unexpected();
        }
    }

    private ListValueNode ParseList(bool isConst)
    {
        var location = _token.Location;
        Advance();
        Enter();
        var items = new List<ValueNode>();
        while (!SkipPunctuator("]"))
        {
            items.Add(ParseValue(isConst));
        }

        _nesting--;
        return new ListValueNode(items, location);
    }

    private TypeRef ParseTypeRef()
    {
        TypeRef type;
        if (SkipPunctuator("["))
        {
            Enter();
            type = TypeRef.ListOf(ParseTypeRef());
            Expect("]");
            _nesting--;
        }
        else
        {
            type = TypeRef.Named(ParseName());
        }

        return SkipPunctuator("!") ? TypeRef.NonNullOf(type) : type;
    }

    private string ParseName()
    {
        if (_token.Kind != TokenKind.Name)
        {
            throw Unexpected();
        }

        var name = _token.Value;
        Advance();
        return name;
    }

    private void Advance()
    {
        if (++_tokens > MaxTokens)
        {
            throw new GraphQLSyntaxException(
                $"Document has more than {MaxTokens} tokens", _token.Location.Line, _token.Location.Column);
        }

        _token = _lexer.Next();
    }

    private void Enter()
    {
        if (++_nesting > MaxNesting)
        {
            throw new GraphQLSyntaxException(
                $"Document is nested more than {MaxNesting} levels deep at [{_token.Location.Line}, {_token.Location.Column}]",
                _token.Location.Line,
                _token.Location.Column);
        }
    }

    private bool SkipPunctuator(string text)
    {
        if (!_token.IsPunctuator(text))
        {
            return false;
        }

        Advance();
        return true;
    }

    private void Expect(string punctuator)
    {
        if (!SkipPunctuator(punctuator))
        {
            throw Unexpected();
        }
    }

    private void ExpectName(string keyword)
    {
        if (!_token.IsName(keyword))
        {
            throw Unexpected();
        }

        Advance();
    }

    private void ExpectEnd()
    {
        if (_token.Kind != TokenKind.EndOfDocument)
        {
            throw Unexpected();
        }
    }

    /// <summary>An error in graphql-ruby's (and so GitHub's) wording: <c>Parse error on "}" (RCURLY) at [1, 5]</c>.</summary>
    private GraphQLSyntaxException Unexpected()
    {
        var (line, column) = (_token.Location.Line, _token.Location.Column);
        var message = _token.Kind == TokenKind.EndOfDocument
            ? $"Unexpected end of document at [{line}, {column}]"
            : $"Parse error on {_token.Describe()} at [{line}, {column}]";
        return new GraphQLSyntaxException(message, line, column);
    }
}

namespace Bowsprit.Core.Templates;

/// <summary>Pipelines, commands, field chains and function calls.</summary>
internal sealed partial class TemplateExecution
{
    private object?[] _args = new object?[8];
    private int _argTop;

    private object? EvalPipeline(object? dot, PipelineNode pipe)
    {
        var value = EvalCommands(dot, pipe);
        if (pipe.Decls.Length > 0)
        {
            if (pipe.IsAssign)
            {
                SetVar(pipe, pipe.Decls[0], value);
            }
            else
            {
                PushVar(pipe.Decls[0], value);
            }
        }

        return value;
    }

    private object? EvalCommands(object? dot, PipelineNode pipe)
    {
        object? value = null;
        var commands = pipe.Commands;
        for (var i = 0; i < commands.Length; i++)
        {
            var command = commands[i];
            value = command.Args[0] is IdentifierNode function
                ? CallFunction(dot, function, command, value, hasFinal: i > 0)
                : EvalArg(dot, command.Args[0]);
        }

        return value;
    }

    private object? EvalArg(object? dot, ExprNode node) => node switch
    {
        DotNode => dot,
        LiteralNode literal => literal.Value,
        NilNode => null,
        FieldNode field => EvalFields(dot, field.Sites, field),
        VariableNode variable => EvalFields(LookupVar(variable), variable.Sites, variable),
        ChainNode chain => EvalFields(EvalArg(dot, chain.Inner), chain.Sites, chain),
        ParenNode paren => EvalPipeline(dot, paren.Pipe),
        IdentifierNode function => CallFunction(dot, function, null, null, hasFinal: false),
        _ => throw Fail(node, "unexpected node"),
    };

    private object? EvalFields(object? receiver, MemberSite[] sites, ExprNode node)
    {
        // The static type of the last member read names the type in nil pointer errors.
        Type? declared = null;
        foreach (var site in sites)
        {
            receiver = EvalField(receiver, ref declared, site, node);
        }

        return receiver;
    }

    private object? EvalField(object? receiver, ref Type? declared, MemberSite site, ExprNode node)
    {
        switch (receiver)
        {
            case NoValue:
                // Go: a field of missing data is missing too (the default missingkey=invalid behaviour).
                return receiver;
            case null when declared is not null && declared != typeof(object):
                var declaredShape = _types.Get(declared);
                if (declaredShape.Kind == ValueKind.Map && declaredShape.Map!.AcceptsStringKeys)
                {
                    // A null dictionary is Go's nil map: it has no entries.
                    return NoValue.Instance;
                }

                if (!declaredShape.HasMembers || site.Resolve(declared, _types) is null)
                {
                    throw Fail(node, $"can't evaluate field {site.Name} in type {GoTypeNames.Of(declared)}");
                }

                throw Fail(node, $"nil pointer evaluating *{GoTypeNames.Of(declared)}.{site.Name}");
            case null:
                throw Fail(node, $"nil pointer evaluating interface {{}}.{site.Name}");
        }

        var type = receiver.GetType();
        var shape = _types.Get(type);
        if (shape.Kind == ValueKind.Map && shape.Map!.AcceptsStringKeys)
        {
            declared = shape.Map.ValueType;
            return shape.Map.TryGet(receiver, site.Name, out var value) ? value : NoValue.Instance;
        }

        var accessor = shape.HasMembers ? site.Resolve(type, _types) : null;
        if (accessor is null)
        {
            throw Fail(node, $"can't evaluate field {site.Name} in type {GoTypeNames.Of(type)}");
        }

        declared = accessor.DeclaredType;
        try
        {
            return accessor.GetValue(receiver);
        }
        catch (TemplateEvalException e)
        {
            throw Fail(node, e.Message);
        }
    }

    private object? CallFunction(object? dot, IdentifierNode function, CommandNode? command, object? final, bool hasFinal)
    {
        TemplateNode at = command is null ? function : command;
        var argNodes = command is null ? [] : command.Args.AsSpan(1);
        var count = argNodes.Length + (hasFinal ? 1 : 0);
        var (min, max) = FunctionTable.Arity(function.Function);
        if (count < min || count > max)
        {
            var want = min == max ? min.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"at least {min}";
            throw Fail(at, $"wrong number of args for {function.Name}: want {want} got {count}");
        }

        if (function.Function is BuiltinFunction.And or BuiltinFunction.Or)
        {
            return AndOr(dot, function.Function == BuiltinFunction.Or, argNodes, final, hasFinal);
        }

        // html, js and urlquery print missing data as <no value>; other functions receive it as nil.
        var keepMissing = function.Function is BuiltinFunction.Html or BuiltinFunction.Js or BuiltinFunction.UrlQuery;
        var start = _argTop;
        try
        {
            foreach (var argNode in argNodes)
            {
                PushArg(EvalArg(dot, argNode), keepMissing);
            }

            if (hasFinal)
            {
                PushArg(final, keepMissing);
            }

            return TemplateFunctions.Call(function.Function, _args.AsSpan(start, count), _types);
        }
        catch (TemplateEvalException e)
        {
            throw Fail(at, $"error calling {function.Name}: {e.Message}");
        }
        finally
        {
            Array.Clear(_args, start, _argTop - start);
            _argTop = start;
        }
    }

    // Go 1.18+: and/or evaluate left to right, stop at the deciding operand and return it as is.
    private object? AndOr(object? dot, bool isOr, ReadOnlySpan<ExprNode> argNodes, object? final, bool hasFinal)
    {
        object? value = null;
        foreach (var argNode in argNodes)
        {
            value = EvalArg(dot, argNode);
            if (GoTruth.IsTrue(value, _types) == isOr)
            {
                return value;
            }
        }

        return hasFinal ? final : value;
    }

    private void PushArg(object? value, bool keepMissing)
    {
        if (_argTop == _args.Length)
        {
            Array.Resize(ref _args, _args.Length * 2);
        }

        // Go converts missing data (an invalid value) passed to an interface parameter into nil.
        _args[_argTop++] = value is NoValue && !keepMissing ? null : value;
    }
}

using System.Collections;
using System.Text;

namespace Bowsprit.Core.Templates;

/// <summary>
/// One execution of a template: output buffer, variable stack and argument stack. This file walks
/// statements; expression evaluation lives in TemplateExecution.Eval.cs.
/// </summary>
internal sealed partial class TemplateExecution
{
    private readonly GoTemplate _template;
    private readonly TypeCache _types;
    private readonly StringBuilder _out;
    private (string Name, object? Value)[] _vars = new (string, object?)[8];
    private int _varCount;

    public TemplateExecution(GoTemplate template)
    {
        _template = template;
        _types = template.Types;

        // Rendered URLs and messages are short; one modest chunk usually holds them without regrowing.
        _out = new StringBuilder(Math.Min(template.Text.Length, 256));
    }

    public string Run(object? data)
    {
        // Go's Execute(w, nil) leaves dot invalid: it prints <no value> and its fields are <no value>.
        var dot = data ?? NoValue.Instance;
        PushVar("$", dot);
        Walk(dot, _template.Root);
        return _out.ToString();
    }

    private WalkResult Walk(object? dot, ListNode list)
    {
        foreach (var node in list.Nodes)
        {
            switch (node)
            {
                case TextNode text:
                    _out.Append(text.Text);
                    break;
                case ActionNode action:
                    var value = EvalPipeline(dot, action.Pipe);
                    if (action.Pipe.Decls.Length == 0)
                    {
                        GoPrinter.AppendValue(_out, value, _types);
                    }

                    break;
                case IfNode branch:
                    var result = WalkIf(dot, branch);
                    if (result != WalkResult.Normal)
                    {
                        return result;
                    }

                    break;
                case RangeNode range:
                    WalkRange(dot, range);
                    break;
                case BreakNode:
                    return WalkResult.Break;
                case ContinueNode:
                    return WalkResult.Continue;
            }
        }

        return WalkResult.Normal;
    }

    private WalkResult WalkIf(object? dot, IfNode node)
    {
        var mark = _varCount;
        var value = EvalPipeline(dot, node.Pipe);
        var result = GoTruth.IsTrue(value, _types) ? Walk(node.IsWith ? value : dot, node.Then)
            : node.Else is not null ? Walk(dot, node.Else)
            : WalkResult.Normal;
        PopVars(mark);
        return result;
    }

    private void WalkRange(object? dot, RangeNode node)
    {
        var outer = _varCount;
        var value = EvalCommands(dot, node.Pipe);
        var pipe = node.Pipe;
        var mark = _varCount;
        if (!pipe.IsAssign)
        {
            foreach (var name in pipe.Decls)
            {
                PushVar(name, null);
            }
        }

        var iterated = false;
        switch (_types.KindOf(value))
        {
            case ValueKind.Nil or ValueKind.NoValue:
                break;
            case ValueKind.Int or ValueKind.Uint:
                // Go 1.22: ranging over an integer n visits 0..n-1.
                if (pipe.Decls.Length > 1)
                {
                    throw Fail(ContextOf(pipe), $"can't use {Format(value)} to iterate over more than one variable");
                }

                var count = value is ulong big ? (long)Math.Min(big, long.MaxValue) : Convert.ToInt64(value, null);
                for (long i = 0; i < count; i++)
                {
                    iterated = true;
                    object boxed = i;
                    if (Iterate(node, mark, boxed, boxed))
                    {
                        break;
                    }
                }

                break;
            case ValueKind.Map:
                foreach (var (key, element) in _types.Get(value!.GetType()).Map!.SortedEntries(value))
                {
                    iterated = true;
                    if (Iterate(node, mark, key, element))
                    {
                        break;
                    }
                }

                break;
            case ValueKind.List:
                var index = 0L;
                var wantsIndex = pipe.Decls.Length == 2;
                foreach (var element in (IEnumerable)value!)
                {
                    iterated = true;
                    if (Iterate(node, mark, wantsIndex ? index++ : null, element))
                    {
                        break;
                    }
                }

                break;
            default:
                throw Fail(ContextOf(pipe), $"range can't iterate over {Format(value)}");
        }

        if (!iterated && node.Else is not null)
        {
            Walk(dot, node.Else);
        }

        PopVars(outer);
    }

    // Binds the range variables and runs the body once; returns whether {{break}} ended the loop.
    private bool Iterate(RangeNode node, int mark, object? key, object? element)
    {
        var decls = node.Pipe.Decls;
        if (decls.Length > 0)
        {
            var first = decls.Length == 2 ? key : element;
            if (node.Pipe.IsAssign)
            {
                SetVar(node, decls[0], first);
                if (decls.Length == 2)
                {
                    SetVar(node, decls[1], element);
                }
            }
            else
            {
                _vars[mark].Value = first;
                if (decls.Length == 2)
                {
                    _vars[mark + 1].Value = element;
                }
            }
        }

        var iterationMark = _varCount;
        var result = Walk(element, node.Body);
        PopVars(iterationMark);
        return result == WalkResult.Break;
    }

    private void PushVar(string name, object? value)
    {
        if (_varCount == _vars.Length)
        {
            Array.Resize(ref _vars, _vars.Length * 2);
        }

        _vars[_varCount++] = (name, value);
    }

    private void PopVars(int mark)
    {
        Array.Clear(_vars, mark, _varCount - mark);
        _varCount = mark;
    }

    private object? LookupVar(VariableNode node)
    {
        for (var i = _varCount - 1; i >= 0; i--)
        {
            if (_vars[i].Name == node.Name)
            {
                return _vars[i].Value;
            }
        }

        throw Fail(node, $"undefined variable: {node.Name}");
    }

    private void SetVar(TemplateNode node, string name, object? value)
    {
        for (var i = _varCount - 1; i >= 0; i--)
        {
            if (_vars[i].Name == name)
            {
                _vars[i].Value = value;
                return;
            }
        }

        throw Fail(node, $"undefined variable: {name}");
    }

    // Go blames the node it evaluated last: the pipeline's final operand, or its final command.
    private static TemplateNode ContextOf(PipelineNode pipe)
    {
        var last = pipe.Commands[^1];
        return last.Args.Length == 1 ? last.Args[0] : last;
    }

    private string Format(object? value)
    {
        var sb = new StringBuilder();
        GoPrinter.AppendValue(sb, value, _types);
        return sb.ToString();
    }

    private GoTemplateException Fail(TemplateNode node, string message) =>
        TemplateErrors.Exec(_template.Name, _template.Text, node, message);
}

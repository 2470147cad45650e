using System.Text;
using System.Text.Json;

namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// Prints literals back in GraphQL syntax: for error messages and to compare arguments
/// structurally when checking that repeated fields can be merged.
/// </summary>
internal static class ValuePrinter
{
    public static string Print(ValueNode value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    public static string Print(IReadOnlyList<ArgumentNode> arguments)
    {
        // Argument order does not matter for merging, so print them sorted.
        var text = new StringBuilder("{");
        var first = true;
        foreach (var argument in arguments.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            text.Append(first ? "" : ", ").Append(argument.Name).Append(": ");
            Append(text, argument.Value);
            first = false;
        }

        return text.Append('}').ToString();
    }

    private static void Append(StringBuilder text, ValueNode value)
    {
        switch (value)
        {
            case VariableNode v: text.Append('$').Append(v.Name); break;
            case IntValueNode i: text.Append(i.Text); break;
            case FloatValueNode f: text.Append(f.Text); break;
            case StringValueNode s: text.Append(JsonSerializer.Serialize(s.Value)); break;
            case BooleanValueNode b: text.Append(b.Value ? "true" : "false"); break;
            case NullValueNode: text.Append("null"); break;
            case EnumValueNode e: text.Append(e.Value); break;
            case ListValueNode list:
                text.Append('[');
                for (var i = 0; i < list.Items.Count; i++)
                {
                    text.Append(i == 0 ? "" : ", ");
                    Append(text, list.Items[i]);
                }

                text.Append(']');
                break;
            case ObjectValueNode obj:
                text.Append('{');
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    text.Append(i == 0 ? "" : ", ").Append(obj.Fields[i].Name).Append(": ");
                    Append(text, obj.Fields[i].Value);
                }

                text.Append('}');
                break;
        }
    }
}

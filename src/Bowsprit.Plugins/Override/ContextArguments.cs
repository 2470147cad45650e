using System.Text;

namespace Bowsprit.Plugins.Override;

/// <summary>Splits <c>/override</c> arguments on spaces, keeping double-quoted contexts (which may contain spaces) whole.</summary>
internal static class ContextArguments
{
    public static IReadOnlyList<string> Parse(string text)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
                Flush();
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                Flush();
            }
            else
            {
                current.Append(c);
            }
        }

        Flush();
        return result;

        void Flush()
        {
            var value = current.ToString().Trim();
            if (value.Length > 0 && !result.Contains(value, StringComparer.Ordinal))
            {
                result.Add(value);
            }

            current.Clear();
        }
    }
}

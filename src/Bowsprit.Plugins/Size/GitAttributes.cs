using System.Text;
using System.Text.RegularExpressions;

namespace Bowsprit.Plugins.Size;

/// <summary>
/// The <c>linguist-generated</c> attribute from the root <c>.gitattributes</c>, as GitHub uses it to collapse
/// generated files in diffs. Later lines override earlier ones, as in git. Only the root file is read.
/// </summary>
internal sealed class GitAttributes
{
    private const string Attribute = "linguist-generated";
    private readonly List<(Regex Pattern, bool Generated)> _rules = [];

    public static GitAttributes Parse(byte[]? bytes)
    {
        var result = new GitAttributes();
        if (bytes is null)
        {
            return result;
        }

        foreach (var raw in Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            bool? generated = null;
            foreach (var attr in fields.Skip(1))
            {
                generated = attr switch
                {
                    Attribute or Attribute + "=true" => true,
                    "-" + Attribute or "!" + Attribute or Attribute + "=false" => false,
                    _ => generated,
                };
            }

            // Negated patterns are not allowed in .gitattributes; git ignores them with a warning.
            if (generated is { } value && !fields[0].StartsWith('!'))
            {
                result._rules.Add((GitPattern.ToRegex(fields[0]), value));
            }
        }

        return result;
    }

    public bool IsGenerated(string path)
    {
        var generated = false;
        foreach (var (pattern, value) in _rules)
        {
            if (pattern.IsMatch(path))
            {
                generated = value;
            }
        }

        return generated;
    }
}

using System.Text.RegularExpressions;

namespace Bowsprit.Plugins.Label;

/// <summary>
/// What one comment asks for: labels to add and remove (lower-cased category labels like <c>kind/bug</c>, and
/// <c>/label</c> arguments as written), plus <c>/label</c> arguments that are not allowed.
/// </summary>
internal sealed class LabelRequest
{
    public List<string> Add { get; } = [];

    public List<string> Remove { get; } = [];

    public List<string> Invalid { get; } = [];

    public bool IsEmpty => Add.Count == 0 && Remove.Count == 0 && Invalid.Count == 0;

    /// <summary>Category commands take several space-separated names; only the command's own line counts.</summary>
    public void AddCategories(MatchCollection matches, bool remove)
    {
        var into = remove ? Remove : Add;
        foreach (Match match in matches)
        {
            var category = match.Groups[1].Value;
            foreach (var name in FirstLine(match).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Skip(1))
            {
                Append(into, (category + "/" + name).ToLowerInvariant());
            }
        }
    }

    /// <summary><c>/label</c> takes one label (which may contain spaces); it must be configured as additional or restricted.</summary>
    public void AddGeneric(MatchCollection matches, bool remove, Func<string, bool> allowed)
    {
        var into = remove ? Remove : Add;
        foreach (Match match in matches)
        {
            var line = FirstLine(match);
            var label = line[(line.IndexOfAny([' ', '\t']) is var space and > 0 ? space : line.Length)..].Trim();
            if (label.Length == 0)
            {
                continue;
            }

            Append(allowed(label) ? into : Invalid, label);
        }
    }

    private static string FirstLine(Match match) => match.Value.Split('\n')[0].Trim();

    private static void Append(List<string> list, string label)
    {
        if (!list.Contains(label, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(label);
        }
    }
}

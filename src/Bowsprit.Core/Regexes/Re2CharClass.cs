using System.Text;

namespace Bowsprit.Core.Regexes;

/// <summary>
/// A character class being translated: code point ranges plus .NET Unicode category escapes,
/// optionally negated as a whole. Negated Perl/POSIX members (<c>[\D]</c>, <c>[[:^alpha:]]</c>)
/// are complemented into ranges here because .NET has no way to nest a negation inside a class.
/// </summary>
internal sealed class Re2CharClass
{
    private const string AnyCodeUnit = "[\\u0000-\\uFFFF]";
    private const string NoCodeUnit = "[^\\u0000-\\uFFFF]";

    private readonly List<(int Lo, int Hi)> _ranges = [];
    private readonly List<string> _categories = [];

    public bool Negated { get; set; }

    public void AddRange(int lo, int hi) => _ranges.Add((lo, hi));

    /// <summary>Adds flattened ascending (lo, hi) pairs, or everything they leave out.</summary>
    public void AddRanges(ReadOnlySpan<int> pairs, bool complement)
    {
        if (!complement)
        {
            for (var i = 0; i < pairs.Length; i += 2)
            {
                AddRange(pairs[i], pairs[i + 1]);
            }

            return;
        }

        var next = 0;
        for (var i = 0; i < pairs.Length; i += 2)
        {
            if (pairs[i] > next)
            {
                AddRange(next, pairs[i] - 1);
            }

            next = pairs[i + 1] + 1;
        }

        if (next <= Re2Text.MaxRune)
        {
            AddRange(next, Re2Text.MaxRune);
        }
    }

    public void AddCategory(string category, bool negate) =>
        _categories.Add((negate ? "\\P{" : "\\p{") + category + "}");

    /// <summary>
    /// Writes the class as .NET pattern text. .NET matches UTF-16 code units, so a range that runs
    /// past U+FFFF is cut there and also takes in the surrogates (a supplementary character is then
    /// matched unit by unit); a member wholly above U+FFFF cannot be expressed and is rejected.
    /// </summary>
    public void AppendTo(StringBuilder sb, string pattern, string fragment)
    {
        var ranges = ToCodeUnitRanges(pattern, fragment);
        if (ranges.Count == 0 && _categories.Count == 0)
        {
            sb.Append(Negated ? AnyCodeUnit : NoCodeUnit);
            return;
        }

        if (!Negated && ranges.Count == 0 && _categories.Count == 1)
        {
            sb.Append(_categories[0]);
            return;
        }

        sb.Append('[');
        if (Negated)
        {
            sb.Append('^');
        }

        foreach (var (lo, hi) in ranges)
        {
            Re2Literal.AppendInClass(sb, (char)lo);
            if (hi > lo)
            {
                // Two adjacent members read better without a dash: [ab] rather than [a-b].
                if (hi > lo + 1)
                {
                    sb.Append('-');
                }

                Re2Literal.AppendInClass(sb, (char)hi);
            }
        }

        foreach (var category in _categories)
        {
            sb.Append(category);
        }

        sb.Append(']');
    }

    private List<(int Lo, int Hi)> ToCodeUnitRanges(string pattern, string fragment)
    {
        var clamped = new List<(int Lo, int Hi)>(_ranges.Count + 1);
        var supplementary = false;
        foreach (var (lo, hi) in _ranges)
        {
            if (lo > 0xFFFF)
            {
                throw new Re2SyntaxException(
                    Re2ErrorCode.Unsupported,
                    fragment,
                    pattern,
                    "characters above U+FFFF in a character class; .NET matches UTF-16 code units");
            }

            supplementary |= hi > 0xFFFF;
            clamped.Add((lo, Math.Min(hi, 0xFFFF)));
        }

        if (supplementary)
        {
            clamped.Add((0xD800, 0xDFFF));
        }

        clamped.Sort();
        var merged = new List<(int Lo, int Hi)>(clamped.Count);
        foreach (var range in clamped)
        {
            if (merged.Count > 0 && range.Lo <= merged[^1].Hi + 1)
            {
                merged[^1] = (merged[^1].Lo, Math.Max(merged[^1].Hi, range.Hi));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }
}

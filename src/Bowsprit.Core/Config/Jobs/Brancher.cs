using System.Text.RegularExpressions;
using Bowsprit.Core.Regexes;

namespace Bowsprit.Core.Config.Jobs;

/// <summary>
/// A job's branch filter. Prow joins <c>branches</c> (and <c>skip_branches</c>) with <c>|</c> into one
/// unanchored RE2 regex; a skip match wins; no lists means every branch.
/// </summary>
public sealed class Brancher
{
    public static Brancher All { get; } = new([], [], null, null);

    private readonly Lazy<Regex>? _branches;
    private readonly Lazy<Regex>? _skipBranches;

    private Brancher(IReadOnlyList<string> branches, IReadOnlyList<string> skipBranches, Lazy<Regex>? branchRegex, Lazy<Regex>? skipRegex)
    {
        Branches = branches;
        SkipBranches = skipBranches;
        _branches = branchRegex;
        _skipBranches = skipRegex;
    }

    public IReadOnlyList<string> Branches { get; }

    public IReadOnlyList<string> SkipBranches { get; }

    public bool RunsAgainstAllBranches => Branches.Count == 0 && SkipBranches.Count == 0;

    /// <summary>Compiles the filter; throws <see cref="Re2SyntaxException"/> naming the bad pattern.</summary>
    public static Brancher Create(IReadOnlyList<string>? branches, IReadOnlyList<string>? skipBranches, RegexCache cache)
    {
        branches ??= [];
        skipBranches ??= [];
        if (branches.Count == 0 && skipBranches.Count == 0)
        {
            return All;
        }

        var branchRegex = branches.Count > 0 ? cache.Prepare(string.Join('|', branches)) : null;
        var skipRegex = skipBranches.Count > 0 ? cache.Prepare(string.Join('|', skipBranches)) : null;
        return new Brancher(branches, skipBranches, branchRegex, skipRegex);
    }

    public bool ShouldRun(string branch)
    {
        if (_skipBranches?.Value.IsMatch(branch) == true)
        {
            return false;
        }

        return _branches is null || _branches.Value.IsMatch(branch);
    }

    /// <summary>
    /// Whether some branch could run both filters. Exact when both list branches; otherwise each listed branch
    /// is tried against the other filter, and two skip-only filters are assumed to overlap.
    /// </summary>
    public bool Intersects(Brancher other)
    {
        if (RunsAgainstAllBranches || other.RunsAgainstAllBranches)
        {
            return true;
        }

        if (Branches.Count > 0)
        {
            if (other.Branches.Count > 0)
            {
                return Branches.Intersect(other.Branches, StringComparer.Ordinal).Any();
            }

            return Branches.Any(other.ShouldRun);
        }

        return other.Branches.Count == 0 || other.Intersects(this);
    }
}

using System.Text.RegularExpressions;
using Bowsprit.Core.Regexes;

namespace Bowsprit.Core.Config.Jobs;

/// <summary>
/// A job's changed-files filter: <c>run_if_changed</c> runs when any path matches,
/// <c>skip_if_only_changed</c> runs when any path does not match.
/// </summary>
public sealed class ChangeMatcher
{
    public static ChangeMatcher None { get; } = new(null, null);

    private readonly Lazy<Regex>? _runIfChanged;
    private readonly Lazy<Regex>? _skipIfOnlyChanged;

    private ChangeMatcher(Lazy<Regex>? runIfChanged, Lazy<Regex>? skipIfOnlyChanged)
    {
        _runIfChanged = runIfChanged;
        _skipIfOnlyChanged = skipIfOnlyChanged;
    }

    public bool IsSet => _runIfChanged is not null || _skipIfOnlyChanged is not null;

    public static ChangeMatcher Create(string? runIfChanged, string? skipIfOnlyChanged, RegexCache cache)
    {
        if (string.IsNullOrEmpty(runIfChanged) && string.IsNullOrEmpty(skipIfOnlyChanged))
        {
            return None;
        }

        return new ChangeMatcher(
            string.IsNullOrEmpty(runIfChanged) ? null : cache.Prepare(runIfChanged),
            string.IsNullOrEmpty(skipIfOnlyChanged) ? null : cache.Prepare(skipIfOnlyChanged));
    }

    /// <summary>Whether the changed paths select the job; false when no filter is set.</summary>
    public bool ShouldRun(IEnumerable<string> changedPaths)
    {
        if (_runIfChanged is not null)
        {
            return changedPaths.Any(_runIfChanged.Value.IsMatch);
        }

        if (_skipIfOnlyChanged is not null)
        {
            return changedPaths.Any(path => !_skipIfOnlyChanged.Value.IsMatch(path));
        }

        return false;
    }
}

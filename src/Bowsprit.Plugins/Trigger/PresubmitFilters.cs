namespace Bowsprit.Plugins.Trigger;

/// <summary>The selection rules of Prow's trigger, combinable with <see cref="Any"/>.</summary>
internal static class PresubmitFilters
{
    /// <summary>
    /// Run-all, <c>/test all</c> and <c>/ok-to-test</c>: every job that could start on its own, if it would.
    /// Jobs that need an explicit trigger are never part of it.
    /// </summary>
    public static PresubmitFilter TestAll { get; } = job => job.NeedsExplicitTrigger ? FilterVerdict.Skip : FilterVerdict.Conditional;

    /// <summary><c>/test-manual-required</c>: the required jobs nothing starts automatically.</summary>
    public static PresubmitFilter ManualRequired { get; } = job => !job.Optional && job.NeedsExplicitTrigger ? FilterVerdict.Force : FilterVerdict.Skip;

    /// <summary>A job whose trigger regex matches the comment was asked for by name.</summary>
    public static PresubmitFilter Command(string body) => job => job.TriggerMatches(body) ? FilterVerdict.Force : FilterVerdict.Skip;

    /// <summary>
    /// <c>/retest</c> (and <c>/retest-required</c> with <paramref name="requiredOnly"/>): jobs whose context
    /// failed or errored run again; automatic jobs that never reported run if they would run on their own.
    /// </summary>
    public static PresubmitFilter Retest(IReadOnlySet<string> failedContexts, IReadOnlySet<string> knownContexts, bool requiredOnly) => job =>
    {
        if (requiredOnly && job.Optional)
        {
            return FilterVerdict.Skip;
        }

        var context = string.IsNullOrEmpty(job.Context) ? job.Name : job.Context;
        if (failedContexts.Contains(context))
        {
            return FilterVerdict.Force;
        }

        return !knownContexts.Contains(context) && !job.NeedsExplicitTrigger ? FilterVerdict.Conditional : FilterVerdict.Skip;
    };

    /// <summary>The union of <paramref name="filters"/>: considered if any rule considers it, forced if any matching rule forces it.</summary>
    public static PresubmitFilter Any(IReadOnlyList<PresubmitFilter> filters) => job =>
    {
        var result = FilterVerdict.Skip;
        foreach (var filter in filters)
        {
            var verdict = filter(job);
            if (verdict.Matches)
            {
                result = new FilterVerdict(true, result.Forced || verdict.Forced, result.Defaults || verdict.Defaults);
            }
        }

        return result;
    };
}

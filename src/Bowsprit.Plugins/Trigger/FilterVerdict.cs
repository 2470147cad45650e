namespace Bowsprit.Plugins.Trigger;

/// <summary>
/// What one selection rule says about a presubmit: whether it is considered at all, whether it runs no matter
/// what (<see cref="Forced"/>), and whether it runs when it has no changed-files filter (<see cref="Defaults"/>).
/// </summary>
internal readonly record struct FilterVerdict(bool Matches, bool Forced, bool Defaults)
{
    public static FilterVerdict Skip => default;

    /// <summary>Run it, whatever its filters say (asked for by name, or its context failed).</summary>
    public static FilterVerdict Force => new(true, true, true);

    /// <summary>Run it if it would run on its own: always_run or its changed-files filter matches.</summary>
    public static FilterVerdict Conditional => new(true, false, false);
}

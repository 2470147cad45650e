namespace Bowsprit.Plugins.Framework;

/// <summary>How one plugin handler fared with one event (for metrics and tests).</summary>
public sealed record PluginOutcome(string Plugin, string Kind, TimeSpan Duration, Exception? Error)
{
    public bool Succeeded => Error is null;
}

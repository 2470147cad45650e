namespace Bowsprit.Plugins.Tests.Override;

/// <summary>
/// <paramref name="Overridden"/> contexts must end up successful "Overridden by &lt;User&gt;", <paramref name="Cancelled"/>
/// ones failed again, all others unchanged; <paramref name="Jobs"/> counts successful override ProwJobs.
/// <paramref name="PluginsYaml"/> may use <c>{repo}</c>; <paramref name="Files"/> are committed to main first (OWNERS).
/// </summary>
public sealed record OverrideCase(string Name, string User, string Body, string[] Overridden, int Jobs, string? Reply = null, string? Setup = null,
    string? PluginsYaml = null, Dictionary<string, string?>? Files = null, bool Sticky = false, string[]? Cancelled = null)
{
    public override string ToString() => Name;
}

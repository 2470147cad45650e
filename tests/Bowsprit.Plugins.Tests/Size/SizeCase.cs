namespace Bowsprit.Plugins.Tests.Size;

/// <summary>
/// <paramref name="Base"/> files are committed to main before the PR opens (raw contents); <paramref name="Changes"/>
/// maps the PR's paths to a number of added lines, or null to delete the path.
/// </summary>
public sealed record SizeCase(string Name, Dictionary<string, int?> Changes, string? Expect, Dictionary<string, string>? Base = null,
    string[]? Initial = null, string? PluginsYaml = null, string Action = "opened")
{
    public override string ToString() => Name;
}

using System.Text.Json;

namespace Bowsprit.Spyglass.Lenses;

/// <summary>A lens that shows for this run, with its configuration and the artifacts (relative paths) it gets.</summary>
internal sealed record LensMatch(string Name, JsonElement? Config, IReadOnlyList<string> Files);

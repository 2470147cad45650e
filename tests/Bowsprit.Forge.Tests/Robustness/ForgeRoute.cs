using Microsoft.AspNetCore.Routing.Patterns;

namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>One route the running forge serves: an HTTP method and its route pattern.</summary>
public sealed record ForgeRoute(string Method, RoutePattern Pattern)
{
    public string Template => Pattern.RawText ?? "";

    /// <summary>Under <c>/api</c>: REST, admin API and GraphQL, which all answer in JSON.</summary>
    public bool IsApi => Template.StartsWith("/api/", StringComparison.Ordinal);

    /// <summary>Under <c>/api/v3</c>, where every error must have GitHub's error shape.</summary>
    public bool IsRest => Template.StartsWith("/api/v3/", StringComparison.Ordinal);

    public bool IsCatchAllFallback => Template.EndsWith("{*path:nonfile}", StringComparison.Ordinal);

    public string Key => $"{Method} {Template}";

    public IEnumerable<string> ParameterNames => Pattern.Parameters.Select(p => p.Name);

    public bool Has(string parameter) => Pattern.Parameters.Any(p => p.Name == parameter);

    public override string ToString() => Key;
}

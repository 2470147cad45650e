namespace Bowsprit.Core.Api;

/// <summary>
/// Marks a property Prow serializes without <c>omitempty</c>: it is written even when empty.
/// Everything else in Bowsprit's API types follows Go's <c>omitempty</c> rule (see <see cref="ProwJson"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class GoAlwaysEmitAttribute : Attribute;

/// <summary>
/// Marks a reference-typed property that is a pointer in Prow's Go type (<c>*string</c>): omitted only when null,
/// so an explicitly empty value survives a round trip.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class GoPointerAttribute : Attribute;

namespace Bowsprit.Core.Templates;

/// <summary>
/// Marks a property that stands for a Go embedded struct: templates may name it by
/// <see cref="Alias"/> (Go's embedded field name, e.g. <c>ObjectMeta</c>) and its fields are
/// promoted onto the owner, so <c>.Name</c> finds <c>Metadata.Name</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class GoEmbeddedAttribute(string? alias = null) : Attribute
{
    public string? Alias { get; } = alias;
}

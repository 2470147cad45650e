namespace Bowsprit.Core.Config.Yaml;

/// <summary>A scalar; <see cref="IsPlain"/> scalars are resolved to null, bool or numbers, quoted ones never are.</summary>
internal sealed class YScalar(string value, bool isPlain, string? tag, int line, int column) : YNode(line, column)
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;

    public string? Tag { get; } = tag;

    public bool IsNull => IsPlain && Tag is null && YamlScalars.IsNull(Value);
}

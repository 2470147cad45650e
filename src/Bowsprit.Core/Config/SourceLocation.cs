namespace Bowsprit.Core.Config;

/// <summary>A place in a config file; line is 1-based, 0 when unknown.</summary>
public readonly record struct SourceLocation(string File, int Line)
{
    public static SourceLocation Unknown { get; } = new("", 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}

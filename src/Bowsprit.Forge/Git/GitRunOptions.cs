namespace Bowsprit.Forge.Git;

/// <summary>Per-call settings for <see cref="GitRunner.RunAsync(IReadOnlyList{string}, GitRunOptions?, CancellationToken)"/>.</summary>
public sealed record GitRunOptions
{
    public string? WorkingDirectory { get; init; }

    /// <summary>Bytes written to git's stdin; when null stdin is closed at once so git never waits on it.</summary>
    public byte[]? StandardInput { get; init; }

    /// <summary>Extra environment; a null value removes the variable.</summary>
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }

    /// <summary>Extra configuration, passed like <c>-c key=value</c> (through <c>GIT_CONFIG_COUNT</c>, which also reaches child git processes).</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Config { get; init; }
}

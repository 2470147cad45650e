namespace Bowsprit.Core.Config.Loading;

/// <summary>A loaded, defaulted and validated config with everything that was found wrong with it.</summary>
public sealed record LoadedConfig(ProwConfig Config, IReadOnlyList<ConfigDiagnostic> Diagnostics, int FileCount)
{
    public IEnumerable<ConfigDiagnostic> Errors => Diagnostics.Where(static d => d.IsError);

    public IEnumerable<ConfigDiagnostic> Warnings => Diagnostics.Where(static d => !d.IsError);

    /// <summary>Errors, plus warnings when <paramref name="strict"/> (checkconfig's <c>--strict</c>).</summary>
    public IReadOnlyList<ConfigDiagnostic> Failures(bool strict) =>
        [.. Diagnostics.Where(d => d.IsError || strict)];

    public bool IsValid(bool strict = false) => Failures(strict).Count == 0;

    public int PresubmitCount => Config.AllPresubmits.Count();

    public int PostsubmitCount => Config.AllPostsubmits.Count();

    public int PeriodicCount => Config.AllPeriodics.Count;

    /// <summary>checkconfig's one-line summary.</summary>
    public string Summary => $"{PresubmitCount} presubmits, {PostsubmitCount} postsubmits, {PeriodicCount} periodics in {FileCount} files";
}

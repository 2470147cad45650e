namespace Bowsprit.LocalRuntime;

/// <summary>
/// A run's directory, GOPATH style like a pod's <c>/home/prow/go</c>: clones under <c>src/</c>, the job's
/// <c>artifacts/</c>, Bowsprit's own files in <c>logs/</c> (<c>run.json</c>, pid, marker, clone records).
/// </summary>
internal sealed record RunWorkspace(string Root)
{
    public string Artifacts => Path.Combine(Root, "artifacts");

    public string Logs => Path.Combine(Root, "logs");

    public string PidFile => Path.Combine(Logs, "pid");

    public string MarkerFile => Path.Combine(Logs, "marker-file.txt");

    public string CloneLog => Path.Combine(Logs, "clone.json");

    public string Volume(string name) => Path.Combine(Root, "volumes", name);
}

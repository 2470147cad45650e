namespace Bowsprit.LocalRuntime;

/// <summary>Whether jobs run inside bubblewrap.</summary>
public enum SandboxMode
{
    /// <summary>Use bubblewrap when <c>bwrap</c> is on PATH; otherwise run unsandboxed and warn once.</summary>
    Auto,

    /// <summary>Every run fails when <c>bwrap</c> is missing, rather than running unsandboxed.</summary>
    Always,

    /// <summary>Plain processes; for machines where user namespaces are unavailable.</summary>
    Never,
}

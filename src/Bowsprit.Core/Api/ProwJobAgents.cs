namespace Bowsprit.Core.Api;

/// <summary>Values of <c>spec.agent</c>. Prow keeps the agent an open string, so do we.</summary>
public static class ProwJobAgents
{
    public const string Kubernetes = "kubernetes";
    public const string Jenkins = "jenkins";
    public const string TektonPipeline = "tekton-pipeline";
}

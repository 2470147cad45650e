namespace Bowsprit.Core.Api;

/// <summary>The label and annotation keys Prow puts on ProwJobs and pods; selectors across components use them.</summary>
public static class ProwJobLabels
{
    public const string CreatedByProw = "created-by-prow";
    public const string Type = "prow.k8s.io/type";
    public const string Job = "prow.k8s.io/job";
    public const string Context = "prow.k8s.io/context";
    public const string Org = "prow.k8s.io/refs.org";
    public const string Repo = "prow.k8s.io/refs.repo";
    public const string BaseRef = "prow.k8s.io/refs.base_ref";
    public const string Pull = "prow.k8s.io/refs.pull";
    public const string Id = "prow.k8s.io/id";
    public const string BuildId = "prow.k8s.io/build-id";
    public const string PlankVersion = "prow.k8s.io/plank-version";
    public const string EventGuid = "event-GUID";
    public const string IsOptional = "prow.k8s.io/is-optional";
    public const string Retest = "prow.k8s.io/retest";
    public const string CreatedByTide = "created-by-tide";
    public const string ReRun = "prow.k8s.io/re-run";
    public const string GerritReportLabel = "prow.k8s.io/gerrit-report-label";

    /// <summary>Labels a job config may not set because Prow owns them.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        CreatedByProw, Type, Id,
    };
}

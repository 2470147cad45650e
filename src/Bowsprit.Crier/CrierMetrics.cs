using Prometheus;

namespace Bowsprit.Crier;

/// <summary>crier's Prometheus metrics under Prow's names, in a registry owned by this instance (no global state).</summary>
public sealed class CrierMetrics
{
    public const string Success = "success";
    public const string Error = "error";

    public CrierMetrics()
    {
        Registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(Registry);
        Latency = factory.CreateHistogram("crier_report_latency", "Seconds from a job's completion to its report, per reporter.",
            new HistogramConfiguration { LabelNames = ["reporter"], Buckets = Histogram.ExponentialBuckets(0.5, 2, 14) });
        Results = factory.CreateCounter("crier_reporting_results", "Reports by reporter and result (success or error).", "reporter", "result");
        Retries = factory.CreateCounter("crier_report_retries", "In-place retries of reports after transient failures, per reporter.", "reporter");
    }

    public CollectorRegistry Registry { get; }

    public Histogram Latency { get; }

    public Counter Results { get; }

    public Counter Retries { get; }

    public void CountResult(string reporter, string result) => Results.WithLabels(reporter, result).Inc();
}

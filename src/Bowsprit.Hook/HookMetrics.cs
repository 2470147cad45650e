using Prometheus;

namespace Bowsprit.Hook;

/// <summary>hook's Prometheus metrics under Prow's names, in a registry owned by this instance (no global state).</summary>
public sealed class HookMetrics
{
    public HookMetrics()
    {
        Registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(Registry);
        WebhookCounter = factory.CreateCounter("prow_webhook_counter", "Signed webhook deliveries accepted, by GitHub event.", "event_type");
        ResponseCodes = factory.CreateCounter("prow_webhook_response_codes", "Responses to webhook requests, by HTTP status code.", "response_code");
        PluginDuration = factory.CreateHistogram("prow_plugin_handle_duration_seconds", "Seconds one plugin spent on one event, by plugin, event and action.",
            new HistogramConfiguration { LabelNames = ["event_type", "action", "plugin", "took_action"], Buckets = Histogram.ExponentialBuckets(0.001, 2, 16) });
        PluginErrors = factory.CreateCounter("prow_plugin_handle_errors", "Plugin handler failures, by plugin, event and action.", "event_type", "action", "plugin", "took_action");
        InboxPending = factory.CreateGauge("bowsprit_hook_inbox_pending", "Deliveries accepted but not yet processed.");
        DeliveryLatency = factory.CreateHistogram("bowsprit_hook_delivery_seconds", "From acceptance to all plugins done.",
            new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.001, 2, 16) });
    }

    public CollectorRegistry Registry { get; }

    public Counter WebhookCounter { get; }

    public Counter ResponseCodes { get; }

    public Histogram PluginDuration { get; }

    public Counter PluginErrors { get; }

    public Gauge InboxPending { get; }

    public Histogram DeliveryLatency { get; }
}

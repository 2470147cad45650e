using Bowsprit.Core.Api;
using k8s;

namespace Bowsprit.Core.ProwJobs;

/// <summary>One change seen by a watch: the job as stored by that change (for a deletion, as it was last stored).</summary>
public sealed record ProwJobWatchEvent(WatchEventType Type, ProwJob Job);

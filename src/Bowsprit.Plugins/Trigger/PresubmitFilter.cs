using Bowsprit.Core.Config.Jobs;

namespace Bowsprit.Plugins.Trigger;

/// <summary>One rule for choosing presubmits (a command, a retest, run-all).</summary>
internal delegate FilterVerdict PresubmitFilter(Presubmit job);

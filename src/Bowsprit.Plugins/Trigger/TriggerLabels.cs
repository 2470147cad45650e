namespace Bowsprit.Plugins.Trigger;

/// <summary>The issue labels trigger reads and writes; their names are Prow's, so Tide queries and habits carry over.</summary>
internal static class TriggerLabels
{
    /// <summary>A trusted user vouched for the PR: it is tested like a member's PR from then on.</summary>
    public const string OkToTest = "ok-to-test";

    /// <summary>Marks a PR from an untrusted author that nobody vouched for yet.</summary>
    public const string NeedsOkToTest = "needs-ok-to-test";

    /// <summary>A reviewer's approval; on an untrusted PR it earns one automatic run.</summary>
    public const string Lgtm = "lgtm";

    public static bool Has(IEnumerable<string> labels, string name) =>
        labels.Contains(name, StringComparer.OrdinalIgnoreCase);
}

using Bowsprit.GitHub.Client;

namespace Bowsprit.Plugins.Trigger;

/// <summary>Label changes that only touch GitHub when needed, so every label event trigger causes is a real change.</summary>
internal static class IssueLabels
{
    public static async Task AddIfMissingAsync(GitHubClient github, string org, string repo, int number, IReadOnlyList<string> current, string label, CancellationToken ct)
    {
        if (!TriggerLabels.Has(current, label))
        {
            await github.AddLabelsAsync(org, repo, number, [label], ct);
        }
    }

    public static async Task RemoveIfPresentAsync(GitHubClient github, string org, string repo, int number, IReadOnlyList<string> current, string label, CancellationToken ct)
    {
        if (!TriggerLabels.Has(current, label))
        {
            return;
        }

        try
        {
            await github.RemoveLabelAsync(org, repo, number, label, ct);
        }
        catch (GitHubApiException e) when (e.IsNotFound)
        {
            // Someone removed it since the event was sent (removing an absent label is a 404); the goal is reached.
        }
    }
}

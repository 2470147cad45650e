using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Label;

/// <summary>
/// Applies a <see cref="LabelRequest"/>: skips what is already done, refuses what is not allowed or does not exist,
/// re-adds <c>needs-&lt;category&gt;</c> when a category loses its last label, and explains every refusal in one reply.
/// </summary>
internal static class LabelChanges
{
    public const string TriageAccepted = "triage/accepted";

    /// <summary>Categories whose absence is tracked by a <c>needs-*</c> label (e.g. <c>needs-kind</c>).</summary>
    private static readonly string[] NeedsCategories = ["kind", "priority", "sig", "triage"];

    public static async Task ApplyAsync(PluginContext context, GenericCommentEvent comment, LabelRequest request, LabelConfig config,
        IReadOnlyDictionary<string, RestrictedLabel> restricted, CancellationToken ct)
    {
        var gh = context.GitHub;
        var (org, repo, number) = (comment.Org, comment.RepoName, comment.Number);
        var repoLabels = (await gh.ListRepoLabelsAsync(org, repo, ct)).Select(l => l.Name).ToList();
        var current = (await gh.GetIssueLabelsAsync(org, repo, number, ct)).Select(l => l.Name).ToList();
        var permissions = new LabelPermissions(context, org, comment.User.Login);
        var problems = new List<string>();

        var missing = new List<string>();
        var refused = new List<RestrictedLabel>();
        var triageRefused = false;
        var toAdd = new List<string>();
        foreach (var label in request.Add)
        {
            if (Find(current, label) is not null)
            {
                continue;
            }

            if (Find(repoLabels, label) is not { } name)
            {
                missing.Add(label);
            }
            else if (restricted.TryGetValue(label, out var rule) && !await permissions.CanManageAsync(rule, ct))
            {
                refused.Add(rule);
            }
            else if (string.Equals(label, TriageAccepted, StringComparison.OrdinalIgnoreCase) && !await permissions.IsOrgMemberAsync(ct))
            {
                triageRefused = true;
            }
            else
            {
                toAdd.Add(name);
            }
        }

        if (toAdd.Count > 0)
        {
            await gh.AddLabelsAsync(org, repo, number, toAdd, ct);
            current.AddRange(toAdd);
            await AssignOnAsync(context, comment, toAdd, restricted, ct);
        }

        var notSet = new List<string>();
        var removeRefused = new List<RestrictedLabel>();
        var removed = new List<string>();
        foreach (var label in request.Remove)
        {
            if (Find(current, label) is not { } name)
            {
                notSet.Add(label);
            }
            else if (restricted.TryGetValue(label, out var rule) && !await permissions.CanManageAsync(rule, ct))
            {
                removeRefused.Add(rule);
            }
            else
            {
                await gh.RemoveLabelAsync(org, repo, number, name, ct);
                current.Remove(name);
                removed.Add(name);
            }
        }

        await RestoreNeedsLabelsAsync(context, comment, removed, current, repoLabels, ct);

        if (request.Invalid.Count > 0)
        {
            var supported = config.AdditionalLabels.Concat(restricted.Values.Select(r => r.Label)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
            problems.Add($"The label(s) `{string.Join(", ", request.Invalid)}` cannot be applied. These labels are supported: `{string.Join(", ", supported)}`. " +
                "Is this label configured under `label -> additional_labels` or `label -> restricted_labels` in `plugins.yaml`?");
        }

        if (missing.Count > 0)
        {
            problems.Add($"The label(s) `{string.Join(", ", missing)}` cannot be applied, because the repository doesn't have them.");
        }

        problems.AddRange(refused.Select(r => $"Can not set label `{r.Label}`: {LabelPermissions.Describe(r)}."));
        problems.AddRange(removeRefused.Select(r => $"Can not remove label `{r.Label}`: {LabelPermissions.Describe(r)}."));
        if (triageRefused)
        {
            problems.Add($"The label `{TriageAccepted}` cannot be applied. Only GitHub organization members can add the label.");
        }

        if (notSet.Count > 0)
        {
            problems.Add($"Those labels are not set on the issue: `{string.Join(", ", notSet)}`");
        }

        if (problems.Count > 0)
        {
            await gh.CreateCommentAsync(org, repo, number, CommentReply.Format(comment, string.Join("\n\n", problems)), ct);
        }
    }

    /// <summary>A category that lost its last label gets its <c>needs-*</c> label back, if the repository defines one.</summary>
    private static async Task RestoreNeedsLabelsAsync(PluginContext context, GenericCommentEvent comment, List<string> removed, List<string> current, List<string> repoLabels, CancellationToken ct)
    {
        var needs = new List<string>();
        foreach (var category in NeedsCategories)
        {
            var prefix = category + "/";
            if (!removed.Exists(l => l.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) ||
                current.Exists(l => l.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (Find(repoLabels, "needs-" + category) is { } name && Find(current, name) is null)
            {
                needs.Add(name);
            }
        }

        if (needs.Count > 0)
        {
            await context.GitHub.AddLabelsAsync(comment.Org, comment.RepoName, comment.Number, needs, ct);
            current.AddRange(needs);
        }
    }

    /// <summary>Adding a label listed in a restricted label's <c>assign_on</c> assigns that label's allowed users.</summary>
    private static async Task AssignOnAsync(PluginContext context, GenericCommentEvent comment, List<string> added, IReadOnlyDictionary<string, RestrictedLabel> restricted, CancellationToken ct)
    {
        var users = restricted.Values
            .Where(r => r.AssignOn.Any(a => added.Contains(a.Label, StringComparer.OrdinalIgnoreCase)))
            .SelectMany(r => r.AllowedUsers).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (users.Count > 0)
        {
            await context.GitHub.AddAssigneesAsync(comment.Org, comment.RepoName, comment.Number, users, ct);
        }
    }

    private static string? Find(List<string> labels, string label) => labels.Find(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase));
}

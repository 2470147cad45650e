using Bowsprit.Core.Plugins;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Size;

/// <summary>
/// Labels each PR with one <c>size/*</c> label from the lines it adds and deletes, ignoring generated files
/// (<c>.generated_files</c> rules and <c>linguist-generated</c> paths of the root <c>.gitattributes</c>, both read
/// at the base SHA so a PR cannot shrink itself by editing them).
/// </summary>
public sealed class SizePlugin : IPlugin, IPullRequestHandler
{
    public static readonly IReadOnlyList<string> Labels = ["size/XS", "size/S", "size/M", "size/L", "size/XL", "size/XXL"];

    private static readonly HashSet<string> Actions = new(StringComparer.Ordinal) { "opened", "reopened", "synchronize", "edited" };

    public string Name => "size";

    public PluginHelp Help(PluginsConfig config)
    {
        var c = SizeConfig.From(config.Size);
        return new PluginHelp
        {
            Description = "The size plugin manages the 'size/*' labels, updating them as new commits are pushed to the PR. " +
                "The PR's size is the number of lines it adds and deletes, not counting files listed in `.generated_files` or marked `linguist-generated` in `.gitattributes`.",
            Config = new Dictionary<string, string>
            {
                [""] = $"The sizes are: XS < {c.S} lines ≤ S < {c.M} ≤ M < {c.L} ≤ L < {c.Xl} ≤ XL < {c.Xxl} ≤ XXL.",
            },
            Events = ["pull_request"],
        };
    }

    public async Task HandlePullRequestAsync(PluginContext context, PullRequestEvent pullRequest, CancellationToken ct)
    {
        if (!Actions.Contains(pullRequest.Action))
        {
            return;
        }

        var gh = context.GitHub;
        var org = pullRequest.Repository.Owner.Login;
        var repo = pullRequest.Repository.Name;
        var number = pullRequest.PullRequest.Number;
        var baseSha = pullRequest.PullRequest.Base.Sha;

        var generated = await GeneratedFiles.LoadAsync(gh, org, repo, baseSha, ct);
        var attributes = GitAttributes.Parse(await gh.GetFileAsync(org, repo, ".gitattributes", baseSha, ct));
        var files = await gh.GetPullRequestFilesAsync(org, repo, number, ct);
        var lines = files.Where(f => !generated.Matches(f.Filename) && !attributes.IsGenerated(f.Filename)).Sum(f => f.Additions + f.Deletions);
        var wanted = SizeConfig.From(context.Plugins.Size).LabelFor(lines);

        var current = await gh.GetIssueLabelsAsync(org, repo, number, ct);
        var hasWanted = false;
        foreach (var label in current)
        {
            if (string.Equals(label.Name, wanted, StringComparison.OrdinalIgnoreCase))
            {
                hasWanted = true;
            }
            else if (Labels.Contains(label.Name, StringComparer.OrdinalIgnoreCase))
            {
                await gh.RemoveLabelAsync(org, repo, number, label.Name, ct);
            }
        }

        if (!hasWanted)
        {
            await gh.AddLabelsAsync(org, repo, number, [wanted], ct);
        }
    }
}

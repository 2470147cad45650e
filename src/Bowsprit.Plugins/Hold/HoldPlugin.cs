using System.Text.RegularExpressions;
using Bowsprit.Core.Plugins;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Hold;

/// <summary>
/// <c>/hold</c> puts <c>do-not-merge/hold</c> on an issue or PR so Tide leaves it alone; <c>/hold cancel</c>,
/// <c>/remove-hold</c> and <c>/unhold</c> take it off. Anyone may use it: holding is a request to wait, not a review.
/// </summary>
public sealed partial class HoldPlugin : IPlugin, IGenericCommentHandler
{
    public const string Label = "do-not-merge/hold";

    public string Name => "hold";

    public PluginHelp Help(PluginsConfig config) => new()
    {
        Description = "The hold plugin allows anyone to add or remove the '" + Label + "' Label from a pull request in order to temporarily prevent the PR from merging without withholding approval.",
        Commands =
        [
            new PluginCommand
            {
                Usage = "/[remove-]hold [cancel] | /unhold",
                Featured = true,
                Description = "Adds or removes the `" + Label + "` Label which is used to indicate that the PR should not be automatically merged.",
                WhoCanUse = "Anyone can use the /hold command to add or remove the '" + Label + "' Label.",
                Examples = ["/hold", "/hold cancel", "/remove-hold", "/unhold"],
            },
        ],
    };

    public async Task HandleGenericCommentAsync(PluginContext context, GenericCommentEvent comment, CancellationToken ct)
    {
        if (comment.Action != "created")
        {
            return;
        }

        var body = CommentCommands.StripCodeBlocks(comment.Body).ReplaceLineEndings("\n");
        bool wantHold;

        // "/hold cancel" also matches the hold regex, so a cancel anywhere in the comment wins.
        if (CancelRegex().IsMatch(body))
        {
            wantHold = false;
        }
        else if (HoldRegex().IsMatch(body))
        {
            wantHold = true;
        }
        else
        {
            return;
        }

        var labels = await context.GitHub.GetIssueLabelsAsync(comment.Org, comment.RepoName, comment.Number, ct);
        var hasHold = labels.Exists(l => string.Equals(l.Name, Label, StringComparison.OrdinalIgnoreCase));
        if (wantHold && !hasHold)
        {
            await context.GitHub.AddLabelsAsync(comment.Org, comment.RepoName, comment.Number, [Label], ct);
        }
        else if (!wantHold && hasHold)
        {
            await context.GitHub.RemoveLabelAsync(comment.Org, comment.RepoName, comment.Number, Label, ct);
        }
    }

    [GeneratedRegex(@"(?mi)^/hold(\s.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex HoldRegex();

    [GeneratedRegex(@"(?mi)^/(remove-hold|hold\s+cancel|unhold)(\s.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CancelRegex();
}

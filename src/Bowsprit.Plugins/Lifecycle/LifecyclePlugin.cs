using Bowsprit.Core.Plugins;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Lifecycle;

/// <summary>
/// The life of an issue or PR: <c>/lifecycle active|frozen|stale|rotten</c> and <c>/remove-lifecycle …</c> keep
/// exactly one <c>lifecycle/*</c> label, <c>/close</c> (or <c>/close not-planned</c>) closes and <c>/reopen</c> reopens.
/// </summary>
public sealed class LifecyclePlugin : IPlugin, IGenericCommentHandler
{
    public string Name => "lifecycle";

    public PluginHelp Help(PluginsConfig config) => new()
    {
        Description = "Close, reopen, flag and/or unflag an issue or PR as frozen/stale/rotten",
        Commands =
        [
            new PluginCommand
            {
                Usage = "/close [not-planned]",
                Description = "Closes an issue or PullRequest; `not-planned` marks an issue as not planned.",
                Featured = false,
                WhoCanUse = "Authors and collaborators on the repository can trigger this command; anyone can close an issue or PR marked `lifecycle/stale` or `lifecycle/rotten`.",
                Examples = ["/close", "/close not-planned"],
            },
            new PluginCommand
            {
                Usage = "/reopen",
                Description = "Reopens an issue or PR",
                Featured = false,
                WhoCanUse = "Authors and collaborators on the repository can trigger this command.",
                Examples = ["/reopen"],
            },
            new PluginCommand
            {
                Usage = "/[remove-]lifecycle <frozen|stale|rotten|active>",
                Description = "Flags an issue or PR as frozen/stale/rotten/active (`frozen` only applies to issues).",
                Featured = false,
                WhoCanUse = "Anyone can trigger this command.",
                Examples = ["/lifecycle frozen", "/remove-lifecycle stale"],
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
        await ReopenCommand.HandleAsync(context, comment, body, ct);
        await CloseCommand.HandleAsync(context, comment, body, ct);
        await LifecycleLabels.HandleAsync(context, comment, body, ct);
    }
}

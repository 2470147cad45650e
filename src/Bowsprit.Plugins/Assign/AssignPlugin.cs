using System.Text.RegularExpressions;
using Bowsprit.Core.Plugins;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Assign;

/// <summary>
/// <c>/assign</c> and <c>/unassign</c> change an issue's or PR's assignees; <c>/cc</c> and <c>/uncc</c> request or
/// withdraw PR reviews. Without logins they mean the commenter. Anyone may use them; GitHub decides who can be
/// assigned or asked, and the refusals are explained in a reply.
/// </summary>
public sealed partial class AssignPlugin : IPlugin, IGenericCommentHandler
{
    public string Name => "assign";

    public PluginHelp Help(PluginsConfig config) => new()
    {
        Description = "The assign plugin assigns or requests reviews from users. Specific users can be assigned with the command '/assign @user1' or have reviews requested of them with the command '/cc @user1'. If no user is specified the commands default to targeting the user who created the command. Assignments and requested reviews can be removed in the same way that they are added by prefixing the commands with 'un'.",
        Commands =
        [
            new PluginCommand
            {
                Usage = "/[un]assign <[@]github-login>...",
                Featured = true,
                Description = "Assigns an assignee to the PR or issue",
                WhoCanUse = "Anyone can use the command, but the target user must be an org member, a repo collaborator, or should have previously commented on the issue or PR.",
                Examples = ["/assign", "/unassign", "/assign @k8s-ci-robot"],
            },
            new PluginCommand
            {
                Usage = "/[un]cc <[@]github-login>...",
                Featured = true,
                Description = "Requests a review from the user(s).",
                WhoCanUse = "Anyone can use the command, but the target user must be a member of the org that owns the repository.",
                Examples = ["/cc", "/uncc", "/cc @k8s-ci-robot"],
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
        var assign = AssignRegex().Matches(body);
        if (assign.Count > 0)
        {
            var (add, remove) = LoginCommands.Parse(assign, comment.User.Login);
            await Assignees.ApplyAsync(context, comment, add, remove, ct);
        }

        // Review requests exist only on pull requests.
        var cc = CcRegex().Matches(body);
        if (cc.Count > 0 && comment.IsPullRequest)
        {
            var (add, remove) = LoginCommands.Parse(cc, comment.User.Login);
            await Reviewers.ApplyAsync(context, comment, add, remove, ct);
        }
    }

    [GeneratedRegex(@"(?mi)^/(un)?assign(( @?[-\w]+?)*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AssignRegex();

    [GeneratedRegex(@"(?mi)^/(un)?cc(( +@?[-/\w]+?)*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CcRegex();
}

using Bowsprit.Core.Plugins;
using Bowsprit.Core.Templates;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Plugins.Framework;
using Bowsprit.Plugins.Retitle;

namespace Bowsprit.Plugins.Welcome;

/// <summary>
/// Greets a newcomer's first pull request to a repository with a configurable message. Trusted users (org
/// members, collaborators) are not newcomers, and neither is anyone with an earlier PR, unless <c>always_post</c>.
/// </summary>
public sealed class WelcomePlugin : IPlugin, IPullRequestHandler
{
    public string Name => "welcome";

    public PluginHelp Help(PluginsConfig config) => new()
    {
        Description = "The welcome plugin posts a welcoming message when it detects a user's first contribution to a repo.",
        Config = new Dictionary<string, string> { [""] = "The welcome plugin is configured to post using the message template: " + WelcomeConfig.DefaultTemplate + " unless `welcome` in plugins.yaml sets another for the org or repo." },
        Events = ["pull_request"],
    };

    public async Task HandlePullRequestAsync(PluginContext context, PullRequestEvent pullRequest, CancellationToken ct)
    {
        var pr = pullRequest.PullRequest;
        var author = pr.User;

        // Bots have no "first contribution", and searching for their PRs is not possible on GitHub.
        if (pullRequest.Action != "opened" || author.Type is { } type && type != "User" ||
            string.Equals(author.Login, context.BotLogin, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var org = pullRequest.Repository.Owner.Login;
        var repo = pullRequest.Repository.Name;
        var config = WelcomeConfig.For(context.Plugins.Welcome, org, repo);
        if (!config.AlwaysPost)
        {
            if (await TrustedUsers.IsTrustedAsync(context, org, repo, author.Login, ct))
            {
                return;
            }

            // The search index may or may not already hold this PR, so only other PRs count.
            var earlier = await context.GitHub.SearchIssuesAsync($"is:pr repo:{org}/{repo} author:{author.Login}", ct);
            if (earlier.Exists(i => i.Number != pr.Number))
            {
                return;
            }
        }

        var name = author.Name ?? (await context.GitHub.GetUserAsync(author.Login, ct)).Name ?? "";
        var message = GoTemplate.Parse("welcome", config.Template).Execute(new WelcomeData(author.Login, name, repo, org));
        await context.GitHub.CreateCommentAsync(org, repo, pr.Number, message, ct);
    }
}

using System.Text.RegularExpressions;
using Bowsprit.Core.Plugins;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Label;

/// <summary>
/// Category labels by command (<c>/kind bug</c>, <c>/remove-sig node</c>, …) and configured extra labels
/// (<c>/label tide/merge-method-squash</c>). Labels must already exist in the repository, so a typo cannot invent
/// one; restricted labels need the right team or user, and <c>triage/accepted</c> an org member.
/// </summary>
public sealed partial class LabelPlugin : IPlugin, IGenericCommentHandler
{
    public string Name => "label";

    public PluginHelp Help(PluginsConfig config)
    {
        var c = LabelConfig.From(config.Label);
        return new PluginHelp
        {
            Description = "The label plugin provides commands that add or remove certain types of labels. Labels of the following types can be manipulated: 'area/*', 'committee/*', 'kind/*', 'language/*', 'priority/*', 'sig/*', 'triage/*', and 'wg/*'. More labels can be configured to be used via the /label command. Restricted labels are only able to be added by the teams and users in their configuration.",
            Config = new Dictionary<string, string>
            {
                [""] = c.AdditionalLabels.Count == 0
                    ? "No additional labels are configured for /label."
                    : "The following labels can be used with the /label command: " + string.Join(", ", c.AdditionalLabels) + ".",
            },
            Commands =
            [
                new PluginCommand
                {
                    Usage = "/[remove-](area|committee|kind|language|priority|sig|triage|wg|label) <target>",
                    Description = "Applies or removes a label from one of the recognized types of labels.",
                    Featured = true,
                    WhoCanUse = "Anyone can trigger this command; restricted labels only by their allowed teams and users, `triage/accepted` only by org members.",
                    Examples = ["/kind bug", "/remove-area prow", "/sig testing", "/language zh", "/label foo-bar-baz"],
                },
            ],
        };
    }

    public async Task HandleGenericCommentAsync(PluginContext context, GenericCommentEvent comment, CancellationToken ct)
    {
        if (comment.Action != "created")
        {
            return;
        }

        var body = CommentCommands.StripHtmlComments(CommentCommands.StripCodeBlocks(comment.Body)).ReplaceLineEndings("\n");
        var config = LabelConfig.From(context.Plugins.Label);
        var restricted = config.RestrictedFor(comment.Org, comment.RepoName);
        var request = new LabelRequest();
        request.AddCategories(CategoryRegex().Matches(body), remove: false);
        request.AddCategories(RemoveCategoryRegex().Matches(body), remove: true);

        // Without any configured label, /label has nothing it may set: ignore it rather than nag.
        if (config.AdditionalLabels.Count > 0 || restricted.Count > 0)
        {
            bool Allowed(string label) => config.AdditionalLabels.Contains(label, StringComparer.OrdinalIgnoreCase) || restricted.ContainsKey(label);
            request.AddGeneric(GenericRegex().Matches(body), remove: false, Allowed);
            request.AddGeneric(RemoveGenericRegex().Matches(body), remove: true, Allowed);
        }

        if (request.IsEmpty)
        {
            return;
        }

        await LabelChanges.ApplyAsync(context, comment, request, config, restricted, ct);
    }

    [GeneratedRegex(@"(?m)^/(area|committee|kind|language|priority|sig|triage|wg)\s*(.*?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CategoryRegex();

    [GeneratedRegex(@"(?m)^/remove-(area|committee|kind|language|priority|sig|triage|wg)\s*(.*?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RemoveCategoryRegex();

    [GeneratedRegex(@"(?m)^/label\s*(.*?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex GenericRegex();

    [GeneratedRegex(@"(?m)^/remove-label\s*(.*?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RemoveGenericRegex();
}

namespace Bowsprit.Plugins.Help;

/// <summary>
/// The comments posted with the labels. Each starts with a fixed first sentence, which is also how the plugin
/// recognizes (and prunes) its own earlier comment when the label is removed.
/// </summary>
internal static class HelpMessages
{
    public const string HelpMarker = "This request has been marked as needing help from a contributor.";
    public const string GoodFirstIssueMarker = "This request has been marked as suitable for new contributors.";

    private const string DefaultSummary =
        "Please ensure that the issue body includes answers to the following questions:\n" +
        "- Why are we solving this issue?\n" +
        "- To address this issue, are there any code changes? If there are, what needs to change and which places can the assignee use as reference points?\n" +
        "- Does this issue have zero to low barrier of entry?\n" +
        "- How can the assignee reach out to you for help?\n";

    public static string Help(HelpConfig config) => Compose(HelpMarker, config, "/remove-help");

    public static string GoodFirstIssue(HelpConfig config) => Compose(GoodFirstIssueMarker, config, "/remove-good-first-issue");

    private static string Compose(string marker, HelpConfig config, string removeCommand) =>
        marker + "\n\n### Guidelines\n" +
        (string.IsNullOrWhiteSpace(config.HelpGuidelinesSummary) ? DefaultSummary : config.HelpGuidelinesSummary.TrimEnd() + "\n") +
        "\nFor more details on the requirements of such an issue, please see [here](" + config.GuidelinesUrl + ") and ensure that they are met.\n\n" +
        "If this request no longer meets these requirements, the label can be removed\nby commenting with the `" + removeCommand + "` command.";
}

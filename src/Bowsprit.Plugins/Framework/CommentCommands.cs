using System.Text.RegularExpressions;

namespace Bowsprit.Plugins.Framework;

/// <summary>Helpers for parsing commands out of comment text the way Prow does.</summary>
public static partial class CommentCommands
{
    /// <summary>Commands inside fenced or indented code blocks are not commands (Prow strips them first).</summary>
    public static string StripCodeBlocks(string body) => FencedBlock().Replace(body, "");

    /// <summary>HTML comments hide text from readers, so they hide commands too.</summary>
    public static string StripHtmlComments(string body) => HtmlComment().Replace(body, "");

    [GeneratedRegex("```.*?```", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FencedBlock();

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlComment();
}

using System.Text;

namespace Bowsprit.Plugins.Framework;

/// <summary>
/// The bot's standard reply: <c>@user: message</c>, then the comment it answers quoted inside a
/// <c>&lt;details&gt;</c> block, as Prow formats its responses.
/// </summary>
public static class CommentReply
{
    public static string Format(string user, string message, string? inReplyToUrl, string? inReplyToBody)
    {
        var sb = new StringBuilder().Append('@').Append(user).Append(": ").Append(message).Append("\n\n<details>\n\n");
        if (!string.IsNullOrEmpty(inReplyToUrl))
        {
            sb.Append("In response to [this](").Append(inReplyToUrl).Append("):\n\n");
            foreach (var line in (inReplyToBody ?? "").Split('\n'))
            {
                sb.Append('>').Append(line.TrimEnd('\r')).Append('\n');
            }
        }

        sb.Append("\nInstructions for interacting with me using comments are available with `/help`.\n</details>");
        return sb.ToString();
    }

    public static string Format(GenericCommentEvent comment, string message) =>
        Format(comment.User.Login, message, comment.HtmlUrl, comment.Body);
}

using System.Text;

namespace Bowsprit.Core.Templates;

/// <summary>Builds error messages worded and positioned like Go's text/template.</summary>
internal static class TemplateErrors
{
    public static GoTemplateException Parse(string name, int line, string message) =>
        new($"template: {name}:{line}: {message}");

    public static GoTemplateException Unsupported(string name, int line, string feature) =>
        Parse(name, line, $"not supported by Bowsprit: {feature}");

    /// <summary>
    /// Go reports <c>NAME:LINE:COL</c> where COL is the 0-based byte offset within the line, then the
    /// failing node's text cut to 20 characters.
    /// </summary>
    public static GoTemplateException Exec(string name, string text, TemplateNode node, string message)
    {
        var pos = Math.Min(node.Pos, text.Length);
        var prefix = text.AsSpan(0, pos);
        var lineStart = prefix.LastIndexOf('\n') + 1;
        var line = 1 + prefix.Count('\n');
        var column = Encoding.UTF8.GetByteCount(prefix[lineStart..]);
        var context = node.ToString() ?? string.Empty;
        if (context.Length > 20)
        {
            context = context[..20] + "...";
        }

        return new GoTemplateException(
            $"template: {name}:{line}:{column}: executing {GoQuote.String(name, asciiOnly: false)} at <{context}>: {message}");
    }
}

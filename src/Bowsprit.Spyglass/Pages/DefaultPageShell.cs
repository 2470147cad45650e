using System.Text;

namespace Bowsprit.Spyglass.Pages;

/// <summary>A self-contained HTML document: title, stylesheets, a skip link, the body and the scripts (deferred).</summary>
public sealed class DefaultPageShell : ISpyglassPageShell
{
    public string Render(SpyglassPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var html = new StringBuilder(page.BodyHtml.Length + 1024);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"color-scheme\" content=\"light dark\">")
            .Append("<title>").AppendEncoded(page.Title).Append("</title>");
        foreach (var css in page.Stylesheets)
        {
            html.Append("<link rel=\"stylesheet\" href=\"").AppendEncoded(css).Append("\">");
        }

        foreach (var script in page.Scripts)
        {
            html.Append("<script defer src=\"").AppendEncoded(script).Append("\"></script>");
        }

        html.Append("</head><body><a class=\"sg-skip\" href=\"#main\">Skip to content</a><main id=\"main\">")
            .Append(page.BodyHtml)
            .Append("</main></body></html>");
        return html.ToString();
    }
}

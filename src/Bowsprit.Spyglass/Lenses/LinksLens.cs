using System.Text;

namespace Bowsprit.Spyglass.Lenses;

/// <summary>The <c>links</c> lens: each <c>NAME.link.txt</c> artifact holds one URL, shown as a link named NAME.</summary>
internal static class LinksLens
{
    public static async Task RenderAsync(StringBuilder html, LensMatch lens, JobPageContext page, CancellationToken ct)
    {
        html.Append("<ul class=\"sg-links\">");
        foreach (var file in lens.Files)
        {
            var bytes = await JobResolver.ReadSmallAsync(page.Job.Store, page.Job.Key(file), ct, limit: 8192).ConfigureAwait(false);
            var url = bytes is null ? null : Encoding.UTF8.GetString(bytes).Trim();
            var name = Path.GetFileName(file);
            name = name.EndsWith(".link.txt", StringComparison.Ordinal) ? name[..^".link.txt".Length] : name;
            html.Append("<li>").AppendLink(url, name).Append("</li>");
        }

        html.Append("</ul>");
    }
}

using System.Globalization;
using System.Text;

namespace Bowsprit.Spyglass.Lenses;

/// <summary>Every artifact of the run with its size, each linked to the raw download endpoint.</summary>
internal static class ArtifactsSection
{
    private const int MaxRows = 5000;

    public static void Render(StringBuilder html, JobPageContext page)
    {
        var prefix = page.Job.Directory + "/";
        html.Append("<table class=\"sg-artifacts\"><thead><tr><th scope=\"col\">Artifact</th><th scope=\"col\">Size</th></tr></thead><tbody>");
        foreach (var entry in page.Artifacts.Take(MaxRows))
        {
            var relative = entry.Key[prefix.Length..];
            html.Append("<tr><td><a href=\"").AppendEncoded(page.RawUrl(relative)).Append("\">").AppendEncoded(relative).Append("</a></td><td>")
                .Append(FormatSize(entry.Size ?? 0)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        if (page.Artifacts.Count > MaxRows)
        {
            html.Append("<p>").Append((page.Artifacts.Count - MaxRows).ToString(CultureInfo.InvariantCulture)).Append(" more not listed.</p>");
        }
    }

    internal static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KiB",
        < 1024L * 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MiB",
        _ => (bytes / (1024.0 * 1024 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " GiB",
    };
}

using System.Globalization;
using System.Text;
using System.Xml;
using Bowsprit.Spyglass.JUnit;

namespace Bowsprit.Spyglass.Lenses;

/// <summary>The <c>junit</c> lens: counts, then failures first with their message and output, then skipped and passed tests folded away.</summary>
internal static class JUnitLens
{
    private const int MaxListed = 5000;

    public static async Task RenderAsync(StringBuilder html, LensMatch lens, JobPageContext page, CancellationToken ct)
    {
        var cases = new List<JUnitCase>();
        var problems = new List<string>();
        foreach (var file in lens.Files)
        {
            var bytes = await JobResolver.ReadSmallAsync(page.Job.Store, page.Job.Key(file), ct, (int)Math.Min(int.MaxValue, page.SizeLimit)).ConfigureAwait(false);
            if (bytes is null)
            {
                problems.Add($"{file}: missing or larger than the size limit");
                continue;
            }

            try
            {
                cases.AddRange(JUnitParser.Parse(new MemoryStream(bytes)));
            }
            catch (XmlException e)
            {
                problems.Add($"{file}: not valid XML ({e.Message})");
            }
        }

        var failed = cases.Where(static c => c.Outcome == JUnitOutcome.Failed).ToList();
        var skipped = cases.Where(static c => c.Outcome == JUnitOutcome.Skipped).ToList();
        var passed = cases.Where(static c => c.Outcome == JUnitOutcome.Passed).ToList();
        html.Append("<p class=\"sg-junit-summary\"><strong class=\"sg-count-failed\">").Append(Count(failed.Count)).Append(" failed</strong>, <span class=\"sg-count-passed\">")
            .Append(Count(passed.Count)).Append(" passed</span>, <span class=\"sg-count-skipped\">").Append(Count(skipped.Count))
            .Append(" skipped</span> (").Append(Count(cases.Count)).Append(" tests in ").Append(Count(lens.Files.Count)).Append(lens.Files.Count == 1 ? " file)" : " files)").Append("</p>");
        foreach (var problem in problems)
        {
            html.Append("<p class=\"sg-warning\">").AppendEncoded(problem).Append("</p>");
        }

        if (failed.Count > 0)
        {
            html.Append("<h3>Failed tests</h3><ul class=\"sg-junit-failures\">");
            foreach (var test in failed.Take(MaxListed))
            {
                html.Append("<li><details class=\"sg-junit-failure\"><summary>").AppendEncoded(test.FullName);
                AppendTime(html, test);
                html.Append("</summary>");
                if (test.Message is { } message)
                {
                    html.Append("<p class=\"sg-junit-message\">").AppendEncoded(message).Append("</p>");
                }

                if (test.Output is { } output)
                {
                    html.Append("<pre class=\"sg-junit-output\">").AppendEncoded(output).Append("</pre>");
                }

                html.Append("</details></li>");
            }

            html.Append("</ul>");
        }

        AppendFolded(html, "Skipped tests", "sg-junit-skipped", skipped);
        AppendFolded(html, "Passed tests", "sg-junit-passed", passed);
    }

    private static void AppendFolded(StringBuilder html, string title, string cssClass, List<JUnitCase> tests)
    {
        if (tests.Count == 0)
        {
            return;
        }

        html.Append("<details class=\"").Append(cssClass).Append("\"><summary>").Append(title).Append(" (").Append(Count(tests.Count)).Append(")</summary><ul>");
        foreach (var test in tests.Take(MaxListed))
        {
            html.Append("<li>").AppendEncoded(test.FullName);
            AppendTime(html, test);
            if (test.Outcome == JUnitOutcome.Skipped && test.Message is { } message)
            {
                html.Append(" — ").AppendEncoded(message);
            }

            html.Append("</li>");
        }

        html.Append("</ul></details>");
    }

    private static void AppendTime(StringBuilder html, JUnitCase test)
    {
        if (test.Seconds is { } seconds)
        {
            html.Append(" <span class=\"sg-time\">").Append(seconds.ToString("0.###", CultureInfo.InvariantCulture)).Append("s</span>");
        }
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}

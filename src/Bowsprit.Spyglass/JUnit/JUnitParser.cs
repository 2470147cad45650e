using System.Globalization;
using System.Text;
using System.Xml;

namespace Bowsprit.Spyglass.JUnit;

/// <summary>
/// Reads JUnit XML as the common producers write it: a <c>testsuites</c> root or a bare <c>testsuite</c>, suites
/// nested in suites (Surefire, go-junit-report, pytest, Ginkgo's junit_01.xml), <c>failure</c>/<c>error</c> with a
/// message attribute and text, <c>skipped</c>, and per-case <c>system-out</c>/<c>system-err</c>. Streaming, with
/// DTDs ignored and no external resolution, since artifacts are untrusted input.
/// </summary>
internal static class JUnitParser
{
    private const int MaxTextChars = 64 * 1024;

    public static List<JUnitCase> Parse(Stream xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        var cases = new List<JUnitCase>();
        var suites = new Stack<string>();
        using var reader = XmlReader.Create(xml, settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "testsuite")
            {
                var name = reader.GetAttribute("name") ?? "";
                if (!reader.IsEmptyElement)
                {
                    suites.Push(name);
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "testsuite" && suites.Count > 0)
            {
                suites.Pop();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "testcase")
            {
                cases.Add(ReadCase(reader, suites.Count > 0 ? suites.Peek() : ""));
            }
        }

        return cases;
    }

    private static JUnitCase ReadCase(XmlReader reader, string suite)
    {
        var name = reader.GetAttribute("name") ?? "";
        var className = reader.GetAttribute("classname") ?? "";
        double? seconds = double.TryParse(reader.GetAttribute("time"), NumberStyles.Float, CultureInfo.InvariantCulture, out var t) ? t : null;
        var outcome = JUnitOutcome.Passed;
        string? message = null;
        var output = new StringBuilder();
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType != XmlNodeType.Element || reader.Depth != depth + 1)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "failure" or "error":
                        outcome = JUnitOutcome.Failed;
                        message ??= reader.GetAttribute("message");
                        AppendSection(output, null, ReadText(reader));
                        break;
                    case "skipped":
                        if (outcome != JUnitOutcome.Failed)
                        {
                            outcome = JUnitOutcome.Skipped;
                        }

                        message ??= reader.GetAttribute("message");
                        AppendSection(output, null, ReadText(reader));
                        break;
                    case "system-out" or "system-err":
                        AppendSection(output, reader.LocalName, ReadText(reader));
                        break;
                }
            }
        }

        var text = output.Length > MaxTextChars ? output.ToString(0, MaxTextChars) + "\n… (cut)" : output.ToString();
        return new JUnitCase(suite, className, name, seconds, outcome, string.IsNullOrWhiteSpace(message) ? null : message, text.Length == 0 ? null : text);
    }

    private static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        // ReadElementContentAsString would throw on child elements; take the text of the whole subtree instead.
        using var subtree = reader.ReadSubtree();
        var text = new StringBuilder();
        while (subtree.Read())
        {
            if (subtree.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                text.Append(subtree.Value);
            }
        }

        return text.ToString();
    }

    private static void AppendSection(StringBuilder output, string? title, string text)
    {
        text = text.Trim('\n', '\r');
        if (text.Trim().Length == 0)
        {
            return;
        }

        if (output.Length > 0)
        {
            output.Append("\n\n");
        }

        if (title is not null)
        {
            output.Append("--- ").Append(title).Append(" ---\n");
        }

        output.Append(text);
    }
}

using System.Globalization;
using System.Text;

namespace Bowsprit.Forge.Git;

/// <summary>Parsers for git's raw object and NUL-separated output formats.</summary>
internal static class GitObjectParser
{
    /// <summary>Splits -z output into its NUL-terminated fields (a trailing empty field is dropped).</summary>
    public static List<string> SplitNul(string output)
    {
        var fields = output.Split('\0').ToList();
        if (fields.Count > 0 && fields[^1].Length == 0)
        {
            fields.RemoveAt(fields.Count - 1);
        }

        return fields;
    }

    /// <summary>Parses a raw commit object (<c>git cat-file commit</c>): headers, a blank line, the message.</summary>
    public static GitCommitInfo ParseCommit(string sha, byte[] raw)
    {
        var text = Encoding.UTF8.GetString(raw);
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var headerText = split < 0 ? text : text[..split];
        var message = split < 0 ? "" : text[(split + 2)..];
        string? tree = null;
        GitSignature? author = null, committer = null;
        var parents = new List<string>();
        foreach (var line in headerText.Split('\n'))
        {
            // Continuation lines (a signature's body, a mergetag) start with a space and are of no interest here.
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0)
            {
                continue;
            }

            var value = line[(space + 1)..];
            switch (line[..space])
            {
                case "tree": tree = value; break;
                case "parent": parents.Add(value); break;
                case "author": author = ParseSignature(value); break;
                case "committer": committer = ParseSignature(value); break;
            }
        }

        if (tree is null || author is null || committer is null)
        {
            throw new FormatException($"Commit {sha} is malformed.");
        }

        return new GitCommitInfo(sha, tree, parents, author, committer, message.TrimEnd('\n'));
    }

    /// <summary>Parses "Name &lt;email&gt; 1700000000 +0200".</summary>
    public static GitSignature ParseSignature(string value)
    {
        var close = value.LastIndexOf('>');
        var open = close < 0 ? -1 : value.LastIndexOf('<', close);
        if (open < 0)
        {
            throw new FormatException($"Malformed signature '{value}'.");
        }

        var name = value[..open].Trim();
        var email = value[(open + 1)..close];
        var parts = value[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var when = DateTimeOffset.UnixEpoch;
        if (parts.Length >= 1 && long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            when = DateTimeOffset.FromUnixTimeSeconds(seconds);
            if (parts.Length >= 2 && TryParseOffset(parts[1], out var offset))
            {
                when = when.ToOffset(offset);
            }
        }

        return new GitSignature(name, email, when);
    }

    /// <summary>
    /// Parses <c>git cat-file --batch</c> output: per object "&lt;sha&gt; &lt;type&gt; &lt;size&gt;\n&lt;content&gt;\n",
    /// or "&lt;input&gt; missing\n" (also "ambiguous"). Returns one entry per requested object, null when missing.
    /// </summary>
    public static List<GitObject?> ParseBatch(byte[] output)
    {
        var objects = new List<GitObject?>();
        var position = 0;
        while (position < output.Length)
        {
            var newline = Array.IndexOf(output, (byte)'\n', position);
            if (newline < 0)
            {
                throw new FormatException("Truncated cat-file output.");
            }

            var header = Encoding.UTF8.GetString(output, position, newline - position).Split(' ');
            position = newline + 1;
            if (header.Length != 3 || !int.TryParse(header[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                objects.Add(null);
                continue;
            }

            objects.Add(new GitObject(header[0], header[1], output.AsSpan(position, size).ToArray()));
            position += size + 1;
        }

        return objects;
    }

    private static bool TryParseOffset(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text.Length != 5 || text[0] is not ('+' or '-') ||
            !int.TryParse(text.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours) ||
            !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ||
            hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }
}

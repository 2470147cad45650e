using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bowsprit.Spyglass.Logs;

/// <summary>
/// The build log viewer's server side. Every answer is computed from ranged reads: the first screen, windows of
/// lines by number (through <see cref="LogIndex"/>), the tail after a byte offset while the job runs, and search.
/// Line numbers mean the same in all of them: lines end in '\n', and a running log's unterminated last line only
/// becomes a line once the job has finished, so following a live log and reading the archive never disagree.
/// </summary>
internal sealed class LogService(LogIndexCache indexes, JobResolver resolver, SpyglassOptions options)
{
    private const int MaxWindow = 1000;
    private readonly ConcurrentDictionary<string, Regex?> _regexes = new(StringComparer.Ordinal);

    public Regex? Highlight(string pattern) => _regexes.GetOrAdd(pattern, static p => HighlightRegexes.Compile(p));

    /// <summary>The first lines for the page itself, read from the start without waiting for an index.</summary>
    public async Task<IReadOnlyList<(string Html, bool Highlighted)>> FirstLinesAsync(
        JobLocation job, string file, string pattern, bool finished, CancellationToken ct)
    {
        var key = job.Key(file);
        var size = await job.Store.GetSizeAsync(key, ct).ConfigureAwait(false) ?? 0;
        var lines = new List<(string, bool)>();
        using var renderer = new LogLineRenderer(Highlight(pattern));
        await new LogLineReader(job.Store, key).ReadAsync(0, Math.Min(size, 4L * 1024 * 1024), finished && size <= 4L * 1024 * 1024, (line, _, _) =>
        {
            lines.Add(renderer.Render(line));
            return lines.Count < options.FirstScreenLines;
        }, ct).ConfigureAwait(false);
        return lines;
    }

    public async Task WriteIndexAsync(Utf8JsonWriter json, JobLocation job, string file, string pattern, CancellationToken ct)
    {
        var index = await RefreshAsync(job, file, pattern, ct).ConfigureAwait(false);
        json.WriteStartObject();
        json.WriteNumber("total", index.LineCount);
        json.WriteNumber("offset", index.EndOffset);
        json.WriteString("style", index.EndStyle.ToToken());
        json.WriteBoolean("finished", index.IsFinal);
        json.WriteNumber("hlTotal", index.HighlightCount);
        json.WriteStartArray("hl");
        foreach (var line in index.Highlights)
        {
            json.WriteNumberValue(line);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Lines <paramref name="from"/>..from+count of the indexed log.</summary>
    public async Task WriteLinesAsync(Utf8JsonWriter json, JobLocation job, string file, string pattern, long from, int count, CancellationToken ct)
    {
        count = Math.Clamp(count, 0, MaxWindow);
        from = Math.Max(0, from);
        var index = await RefreshAsync(job, file, pattern, ct).ConfigureAwait(false);
        var (line, offset, style) = index.Seek(from);
        var last = Math.Min(from + count, index.LineCount);
        json.WriteStartObject();
        json.WriteNumber("from", from);
        json.WriteNumber("total", index.LineCount);
        var highlighted = new List<long>();
        json.WriteStartArray("lines");
        if (from < last)
        {
            using var renderer = new LogLineRenderer(Highlight(pattern)) { Style = style };
            await new LogLineReader(job.Store, job.Key(file)).ReadAsync(offset, index.EndOffset, index.IsFinal, (bytes, _, _) =>
            {
                if (line < from)
                {
                    // Scrolled past, but its colours may still be on at the window's first line.
                    renderer.Pass(bytes);
                }
                else
                {
                    var (html, hl) = renderer.Render(bytes);
                    json.WriteStringValue(html);
                    if (hl)
                    {
                        highlighted.Add(line - from);
                    }
                }

                line++;
                return line < last;
            }, ct).ConfigureAwait(false);
        }

        json.WriteEndArray();
        WriteNumbers(json, "hl", highlighted);
        json.WriteEndObject();
    }

    /// <summary>
    /// What was appended after byte <paramref name="offset"/>, whose line number the caller knows
    /// (<paramref name="line"/>), rendered from the ANSI <paramref name="style"/> in force there (the token the index
    /// or the previous tail answer gave): complete lines, plus the unterminated last one once the job has finished.
    /// "finished" is decided before the size is read: the log is complete before finished.json appears.
    /// </summary>
    public async Task WriteTailAsync(
        Utf8JsonWriter json, JobLocation job, string file, string pattern, long line, long offset, string? style, CancellationToken ct)
    {
        var finished = await resolver.IsFinishedAsync(job, ct).ConfigureAwait(false);
        var key = job.Key(file);
        var size = await job.Store.GetSizeAsync(key, ct).ConfigureAwait(false) ?? 0;
        offset = Math.Clamp(offset, 0, size);
        var highlighted = new List<long>();
        var count = 0L;
        var capped = false;
        json.WriteStartObject();
        json.WriteNumber("from", line);
        json.WriteStartArray("lines");
        long next;
        string endStyle;
        using (var renderer = new LogLineRenderer(Highlight(pattern)) { Style = SgrState.FromToken(style) })
        {
            // At least one line per answer, however long, so a reader always makes progress.
            next = await new LogLineReader(job.Store, key).ReadAsync(offset, size, finished, (bytes, _, after) =>
            {
                var (html, hl) = renderer.Render(bytes);
                json.WriteStringValue(html);
                if (hl)
                {
                    highlighted.Add(count);
                }

                count++;
                capped = after - offset >= options.MaxTailBytes && after < size;
                return !capped;
            }, ct).ConfigureAwait(false);
            endStyle = renderer.Style.ToToken();
        }

        json.WriteEndArray();
        WriteNumbers(json, "hl", highlighted);
        json.WriteNumber("offset", next);
        json.WriteString("style", endStyle);
        json.WriteBoolean("more", capped);
        json.WriteBoolean("finished", finished && !capped);
        if (finished && !capped && await resolver.ResultAsync(job, ct).ConfigureAwait(false) is { } result)
        {
            // Lets the page update its result badge when a followed job ends.
            json.WriteString("result", result);
        }

        json.WriteEndObject();
    }

    /// <summary>Lines whose text (without escape sequences) contains <paramref name="query"/> or matches it as a regex.</summary>
    public async Task WriteSearchAsync(Utf8JsonWriter json, JobLocation job, string file, string pattern, string query, bool regex, CancellationToken ct)
    {
        Func<ReadOnlySpan<char>, bool> matches;
        if (regex)
        {
            var compiled = new Regex(query, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(250));
            matches = text =>
            {
                try
                {
                    return compiled.IsMatch(text);
                }
                catch (RegexMatchTimeoutException)
                {
                    return false;
                }
            };
        }
        else
        {
            matches = text => text.Contains(query.AsSpan(), StringComparison.OrdinalIgnoreCase);
        }

        var index = await RefreshAsync(job, file, pattern, ct).ConfigureAwait(false);
        var line = 0L;
        var found = 0;
        json.WriteStartObject();
        json.WriteStartArray("matches");
        using (var renderer = new LogLineRenderer(Highlight(pattern)))
        {
            await new LogLineReader(job.Store, job.Key(file)).ReadAsync(0, index.EndOffset, index.IsFinal, (bytes, _, _) =>
            {
                if (matches(renderer.PlainText(bytes)))
                {
                    json.WriteStartObject();
                    json.WriteNumber("n", line);
                    // Matches are not contiguous: each renders on its own, unstyled at its start.
                    renderer.Style = default;
                    json.WriteString("html", renderer.Render(bytes.Length > 600 ? bytes[..600] : bytes).Html);
                    json.WriteEndObject();
                    found++;
                }

                line++;
                return found < options.MaxSearchMatches;
            }, ct).ConfigureAwait(false);
        }

        json.WriteEndArray();
        json.WriteBoolean("truncated", found >= options.MaxSearchMatches);
        json.WriteNumber("scanned", line);
        json.WriteEndObject();
    }

    private async Task<LogIndexSnapshot> RefreshAsync(JobLocation job, string file, string pattern, CancellationToken ct)
    {
        var key = job.Key(file);
        var index = indexes.Get($"{job.Provider}/{job.Bucket}/{key}", pattern);
        // A finished log's index never changes again: no need to ask whether the job finished or how big the log is.
        var finished = index.IsComplete || await resolver.IsFinishedAsync(job, ct).ConfigureAwait(false);
        var size = index.IsComplete ? 0 : await job.Store.GetSizeAsync(key, ct).ConfigureAwait(false) ?? 0;
        return await index.RefreshAsync(new LogLineReader(job.Store, key), size, finished, Highlight(pattern), ct).ConfigureAwait(false);
    }

    private static void WriteNumbers(Utf8JsonWriter json, string name, List<long> numbers)
    {
        json.WriteStartArray(name);
        foreach (var n in numbers)
        {
            json.WriteNumberValue(n);
        }

        json.WriteEndArray();
    }
}

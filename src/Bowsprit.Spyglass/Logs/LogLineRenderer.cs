using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Bowsprit.Spyglass.Logs;

/// <summary>Decodes a line's bytes and renders it: ANSI as HTML, plus whether it matches the highlight regex.</summary>
internal sealed class LogLineRenderer(Regex? highlight) : IDisposable
{
    /// <summary>Characters of one line shown; the raw log has the rest.</summary>
    public const int MaxRenderedChars = 10_000;

    private readonly char[] _chars = ArrayPool<char>.Shared.Rent(LogLineReader.MaxLineBytes);
    private readonly char[] _plain = ArrayPool<char>.Shared.Rent(LogLineReader.MaxLineBytes);
    private readonly StringBuilder _html = new();
    private SgrState _style;

    /// <summary>The style in force after the last line rendered or passed; the next line starts with it.</summary>
    public SgrState Style
    {
        get => _style;
        set => _style = value;
    }

    public (string Html, bool Highlighted) Render(ReadOnlySpan<byte> line)
    {
        var length = Encoding.UTF8.GetChars(line, _chars);
        ReadOnlySpan<char> text = _chars.AsSpan(0, length);
        var highlighted = false;
        if (highlight is not null)
        {
            try
            {
                highlighted = highlight.IsMatch(text.Contains('\u001b') ? _plain.AsSpan(0, AnsiHtml.Strip(text, _plain)) : text);
            }
            catch (RegexMatchTimeoutException)
            {
                highlighted = false;
            }
        }

        _html.Clear();
        var cut = text.Length > MaxRenderedChars || line.Length >= LogLineReader.MaxLineBytes;
        AnsiHtml.AppendLine(_html, text.Length > MaxRenderedChars ? text[..MaxRenderedChars] : text, ref _style);
        if (text.Length > MaxRenderedChars)
        {
            AnsiHtml.Advance(text[MaxRenderedChars..], ref _style);
        }

        if (cut)
        {
            _html.Append("<span class=\"sg-cut\"> … (line cut; see the raw log)</span>");
        }

        return (_html.ToString(), highlighted);
    }

    /// <summary>Applies a line's styles without rendering it (lines before the requested window).</summary>
    public void Pass(ReadOnlySpan<byte> line)
    {
        if (line.Contains((byte)0x1b))
        {
            var length = Encoding.UTF8.GetChars(line, _chars);
            AnsiHtml.Advance(_chars.AsSpan(0, length), ref _style);
        }
    }

    /// <summary>The line's text without escape sequences; valid until the next call.</summary>
    public ReadOnlySpan<char> PlainText(ReadOnlySpan<byte> line)
    {
        var length = Encoding.UTF8.GetChars(line, _chars);
        return _plain.AsSpan(0, AnsiHtml.Strip(_chars.AsSpan(0, length), _plain));
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        ArrayPool<char>.Shared.Return(_plain);
    }
}

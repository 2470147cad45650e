using System.Text;

namespace Bowsprit.Crier.GitHub;

/// <summary>
/// The commit status description (prow-spec §7): the job's description, then <c> BaseSHA:&lt;sha&gt;</c> which Tide
/// reads back, padded on the left with U+2001 so the suffix sits at a stable place in GitHub's UI, within
/// GitHub's 140 limit. Lengths count UTF-8 bytes and the padding loop re-measures as it grows, exactly as Prow
/// does, so descriptions come out byte-identical to Prow's.
/// </summary>
public static class StatusDescription
{
    public const int MaxLength = 140;
    public const string BaseShaDelimiter = " BaseSHA:";
    private const string Elide = " ... ";
    private const string Pad = "\u2001";

    public static string WithBaseSha(string? humanReadable, string? baseSha)
    {
        var human = humanReadable ?? "";
        var suffix = "";
        if (!string.IsNullOrEmpty(baseSha))
        {
            suffix = BaseShaDelimiter + baseSha;

            // The bound is recomputed every pass while each pad adds three bytes: about a quarter of the gap gets padded.
            for (var i = 0; i < MaxLength - Bytes(human) - Bytes(suffix); i++)
            {
                suffix = Pad + suffix;
            }
        }

        return Truncate(human, MaxLength - Bytes(suffix)) + suffix;
    }

    /// <summary>The base SHA Tide reads back from a description; empty when there is none.</summary>
    public static string BaseShaOf(string? description)
    {
        var parts = (description ?? "").Split(BaseShaDelimiter);
        return parts.Length == 2 && parts[1].Length == 40 ? parts[1] : "";
    }

    /// <summary>Over-long text keeps its start and end around <c> ... </c>, cut on bytes as Prow cuts.</summary>
    internal static string Truncate(string text, int maxBytes)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length <= maxBytes)
        {
            return text;
        }

        var half = Math.Max(0, (maxBytes - Elide.Length) / 2);
        return Encoding.UTF8.GetString(bytes, 0, half) + Elide + Encoding.UTF8.GetString(bytes, bytes.Length - half, half);
    }

    private static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);
}

namespace Bowsprit.Plugins.Override;

/// <summary>
/// Crier's status description format: the text, spaces, then <c> BaseSHA:&lt;sha&gt;</c>, exactly 140 characters
/// (GitHub's limit). Tide trusts a successful context only for the base SHA named in this suffix.
/// </summary>
internal static class StatusDescription
{
    public const int MaxLength = 140;
    private const string Delimiter = " BaseSHA:";
    private const string Elision = " ... ";

    public static string WithBaseSha(string text, string? baseSha)
    {
        var suffix = string.IsNullOrEmpty(baseSha) ? "" : Delimiter + baseSha;
        var room = MaxLength - suffix.Length;
        if (text.Length > room)
        {
            var half = (room - Elision.Length) / 2;
            text = text[..half] + Elision + text[^half..];
        }

        return suffix.Length == 0 ? text : text + new string(' ', room - text.Length) + suffix;
    }
}

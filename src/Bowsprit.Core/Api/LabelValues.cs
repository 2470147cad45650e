namespace Bowsprit.Core.Api;

/// <summary>Kubernetes label value rules and Prow's way of squeezing long or odd values into them.</summary>
public static class LabelValues
{
    public const int MaxLength = 63;

    /// <summary>Empty, or at most 63 of <c>[A-Za-z0-9_.-]</c> beginning and ending alphanumeric.</summary>
    public static bool IsValid(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        if (value.Length > MaxLength || !char.IsAsciiLetterOrDigit(value[0]) || !char.IsAsciiLetterOrDigit(value[^1]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Job names and contexts: the first 63 characters with trailing separators trimmed.</summary>
    public static string Truncate(string value) =>
        value.Length <= MaxLength ? value : value[..MaxLength].TrimEnd('.', '_', '-');

    /// <summary>
    /// An invalid value is replaced by its path basename when that is valid (<c>release/1.2</c> → <c>1.2</c>),
    /// otherwise it cannot be a label and null is returned.
    /// </summary>
    public static string? Sanitize(string value)
    {
        if (IsValid(value))
        {
            return value;
        }

        var trimmed = value.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        var basename = slash >= 0 ? trimmed[(slash + 1)..] : trimmed;
        return IsValid(basename) ? basename : null;
    }
}

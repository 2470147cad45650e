using System.Globalization;

namespace Bowsprit.Core.Config.Yaml;

/// <summary>
/// Plain-scalar resolution as go-yaml v2 (behind sigs.k8s.io/yaml, which Prow uses) does it: YAML 1.1 booleans
/// (<c>yes</c>, <c>on</c>, ...), nulls, integers in several bases and floats.
/// </summary>
internal static class YamlScalars
{
    public static bool IsNull(string value) => value is "" or "~" or "null" or "Null" or "NULL";

    public static bool TryBool(string value, out bool result)
    {
        switch (value)
        {
            case "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "y" or "Y" or "on" or "On" or "ON":
                result = true;
                return true;
            case "false" or "False" or "FALSE" or "no" or "No" or "NO" or "n" or "N" or "off" or "Off" or "OFF":
                result = false;
                return true;
            default:
                result = false;
                return false;
        }
    }

    public static bool TryInteger(string value, out long result)
    {
        result = 0;
        if (value.Length == 0)
        {
            return false;
        }

        var text = value.Replace("_", "", StringComparison.Ordinal);
        var negative = false;
        if (text[0] is '+' or '-')
        {
            negative = text[0] == '-';
            text = text[1..];
        }

        if (text.Length == 0 || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        ulong magnitude = 0;
        bool ok;
        if (text.StartsWith("0x", StringComparison.Ordinal))
        {
            ok = ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out magnitude);
        }
        else if (text.StartsWith("0b", StringComparison.Ordinal))
        {
            ok = ulong.TryParse(text.AsSpan(2), NumberStyles.AllowBinarySpecifier, CultureInfo.InvariantCulture, out magnitude);
        }
        else if (text.Length > 1 && text[0] == '0' && text.All(static c => c is >= '0' and <= '7'))
        {
            // YAML 1.1 octal, e.g. file modes like 0644.
            magnitude = 0;
            ok = true;
            foreach (var c in text)
            {
                magnitude = (magnitude * 8) + (ulong)(c - '0');
            }
        }
        else
        {
            ok = text.All(char.IsAsciiDigit) && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out magnitude);
            if (!ok)
            {
                magnitude = 0;
            }
        }

        if (!ok || magnitude > long.MaxValue)
        {
            return false;
        }

        result = negative ? -(long)magnitude : (long)magnitude;
        return true;
    }

    public static bool TryFloat(string value, out double result)
    {
        result = 0;
        switch (value)
        {
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                result = double.PositiveInfinity;
                return true;
            case "-.inf" or "-.Inf" or "-.INF":
                result = double.NegativeInfinity;
                return true;
            case ".nan" or ".NaN" or ".NAN":
                result = double.NaN;
                return true;
        }

        if (value.Length == 0 || !(char.IsAsciiDigit(value[0]) || value[0] is '+' or '-' or '.'))
        {
            return false;
        }

        var text = value.Replace("_", "", StringComparison.Ordinal);
        foreach (var c in text)
        {
            if (!(char.IsAsciiDigit(c) || c is '+' or '-' or '.' or 'e' or 'E'))
            {
                return false;
            }
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out result) && text.Any(char.IsAsciiDigit);
    }
}

namespace Bowsprit.PodUtils;

/// <summary>A pod-utility options document that cannot be used; the message names the offending field.</summary>
public sealed class OptionsParseException(string message, Exception? innerException = null)
    : Exception(message, innerException);

namespace Bowsprit.Core.Templates;

/// <summary>
/// A Go template failed to parse or execute. The message follows Go's text/template wording
/// (<c>template: NAME:LINE: ...</c>) so that errors read the same as they do in Prow.
/// </summary>
public sealed class GoTemplateException : Exception
{
    public GoTemplateException(string message)
        : base(message)
    {
    }
}

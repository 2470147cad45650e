namespace Bowsprit.Core.Templates;

/// <summary>
/// Raised by built-in functions and member reads without knowing the template position; the
/// executor catches it and rethrows a <see cref="GoTemplateException"/> located at the failing node.
/// </summary>
internal sealed class TemplateEvalException(string message) : Exception(message);

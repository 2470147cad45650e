namespace Bowsprit.Core.Templates;

/// <summary>
/// A parsed Go text/template, restricted to the subset Prow configurations use
/// (job URL, report and Slack templates). Parse once, execute many times; execution is thread-safe.
/// </summary>
public sealed class GoTemplate
{
    private GoTemplate(string name, string text, ListNode root)
    {
        Name = name;
        Text = text;
        Root = root;
    }

    public string Name { get; }

    public string Text { get; }

    internal ListNode Root { get; }

    // Reflection results are kept per template rather than process-wide so that a template's
    // lifetime bounds them (no static mutable state, nothing pinned for collectible types).
    internal TypeCache Types { get; } = new();

    /// <summary>Parses <paramref name="text"/>; throws <see cref="GoTemplateException"/> on a syntax error
    /// or on a Go template feature Bowsprit does not support.</summary>
    public static GoTemplate Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        return new GoTemplate(name, text, TemplateParser.Parse(name, text));
    }

    /// <summary>Renders the template over <paramref name="data"/> (Go's dot); throws
    /// <see cref="GoTemplateException"/> on an execution error.</summary>
    public string Execute(object? data) => new TemplateExecution(this).Run(data);
}

namespace Bowsprit.Core.Templates;

internal sealed class TextNode(int pos, string text) : TemplateNode(pos)
{
    public string Text { get; } = text;

    public override string ToString() => GoQuote.String(Text, asciiOnly: false);
}

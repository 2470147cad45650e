namespace Bowsprit.Deck.Index;

/// <summary>Fields <c>/prowjobs.js?omit=</c> may strip, by Prow's names.</summary>
[Flags]
public enum ProwJobOmit
{
    None = 0,
    Annotations = 1,
    Labels = 2,
    DecorationConfig = 4,
    PodSpec = 8,
}

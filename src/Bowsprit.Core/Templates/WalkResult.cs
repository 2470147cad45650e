namespace Bowsprit.Core.Templates;

/// <summary>How a list of nodes finished: normally, or by {{break}}/{{continue}} bound for the enclosing range.</summary>
internal enum WalkResult
{
    Normal,
    Break,
    Continue,
}

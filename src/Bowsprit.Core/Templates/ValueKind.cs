namespace Bowsprit.Core.Templates;

/// <summary>How a runtime value behaves in a template, in Go's terms.</summary>
internal enum ValueKind
{
    Nil,
    NoValue,
    Bool,
    Int,
    Uint,
    Float,
    Decimal,
    String,
    Char,
    Enum,
    Time,
    TimeOffset,
    Duration,
    Map,
    List,
    Struct,
}

namespace Bowsprit.Core.Regexes;

/// <summary>What the translator must restore when the group opened at <see cref="OutputStart"/> closes.</summary>
/// <param name="OutputStart">Where the group's opening parenthesis was written.</param>
/// <param name="OuterFlags">RE2 flags outside the group: RE2 restores them at the closing parenthesis.</param>
/// <param name="OuterNetFoldCase">Case-insensitivity .NET has outside the group (it restores it too).</param>
/// <param name="OuterWeight">Largest repeat weight seen so far in the enclosing group.</param>
/// <param name="OuterFoldChanged">Whether a bare <c>(?i)</c>/<c>(?-i)</c> already ran in the enclosing group.</param>
internal sealed record Re2GroupFrame(
    int OutputStart,
    Re2Flags OuterFlags,
    bool? OuterNetFoldCase,
    int OuterWeight,
    bool OuterFoldChanged);

using System.Text;

namespace Bowsprit.Core.Regexes;

/// <summary>
/// Translates one RE2 pattern to .NET pattern text in a single left-to-right pass, validating it
/// as Go's <c>regexp/syntax</c> parser would. Every construct is re-emitted in an explicit form
/// (<c>\z</c> rather than <c>$</c>, <c>[^\n]</c> rather than <c>.</c>, ASCII ranges rather than
/// <c>\d</c>) so the output means the same whatever <see cref="System.Text.RegularExpressions.RegexOptions"/>
/// it is later combined with; only case-insensitivity is left to .NET, via inline <c>(?i)</c>.
/// The output never contains backreferences, and its only lookarounds are the ones spelling out
/// <c>\b</c> and <c>\B</c>.
/// </summary>
internal sealed class Re2Translator
{
    private const int MaxRepeatCount = 1000;
    private const int MaxNestingDepth = 1000;

    // RE2's \b is an ASCII word boundary; .NET's is Unicode. (?-i:) keeps .NET from folding the
    // letters onto non-ASCII ones such as the Kelvin sign.
    private const string WordBoundary =
        "(?-i:(?<=[0-9A-Za-z_])(?![0-9A-Za-z_])|(?<![0-9A-Za-z_])(?=[0-9A-Za-z_]))";

    private const string NotWordBoundary =
        "(?-i:(?<=[0-9A-Za-z_])(?=[0-9A-Za-z_])|(?<![0-9A-Za-z_])(?![0-9A-Za-z_]))";

    private const string AnyCharNotNewLine = "[^\\n]";
    private const string AnyChar = "[\\u0000-\\uFFFF]";

    private readonly string _pattern;
    private readonly StringBuilder _out = new();
    private readonly Stack<Re2GroupFrame> _groups = new();
    private Re2Flags _flags;
    private int _pos;

    // Case-insensitivity .NET will apply at the end of _out; null when a '|' made it uncertain.
    private bool? _netFoldCase = false;
    private bool _foldChangedInGroup;

    // The last complete term of the current concatenation, which a quantifier applies to.
    private int _atomStart = -1;
    private bool _atomNeedsGroup;
    private int _atomWeight;

    // Go rejects x{2}{3} and (x{100}){100}: the product of nested counts along any path must stay
    // within 1000. A term's weight is the largest such product inside it.
    private int _groupWeight = 1;

    // Where the previous token started if it was a quantifier (RE2 forbids a** and a*+).
    private int _lastRepeatStart = -1;

    private Re2Translator(string pattern, Re2Flags flags)
    {
        _pattern = pattern;
        _flags = flags;
    }

    public static string Translate(string pattern, Re2Flags flags) => new Re2Translator(pattern, flags).Run();

    private bool FoldCase => (_flags & Re2Flags.FoldCase) != 0;

    private bool MultiLine => (_flags & Re2Flags.MultiLine) != 0;

    private string Run()
    {
        while (_pos < _pattern.Length)
        {
            var tokenStart = _pos;
            var repeated = ParseToken();
            _lastRepeatStart = repeated ? tokenStart : -1;
        }

        if (_groups.Count > 0)
        {
            throw Error(Re2ErrorCode.MissingParen, _pattern);
        }

        return _out.ToString();
    }

    /// <summary>Parses one token; returns whether it was a quantifier.</summary>
    private bool ParseToken()
    {
        switch (_pattern[_pos])
        {
            case '(':
                OpenGroup();
                return false;
            case '|':
                Alternate();
                return false;
            case ')':
                CloseGroup();
                return false;
            case '^':
                _pos++;
                AppendAnchor(MultiLine ? "(?m:^)" : "\\A");
                return false;
            case '$':
                // Without (?m), RE2's $ is end of text only; .NET's $ would also match before a final \n.
                _pos++;
                AppendAnchor(MultiLine ? "(?m:$)" : "\\z");
                return false;
            case '.':
                _pos++;
                BeginAtom();
                _out.Append((_flags & Re2Flags.DotNewLine) != 0 ? AnyChar : AnyCharNotNewLine);
                return false;
            case '[':
                var classStart = _pos;
                var charClass = Re2ClassParser.Parse(_pattern, ref _pos);
                BeginAtom();
                charClass.AppendTo(_out, _pattern, _pattern[classStart.._pos]);
                return false;
            case '*':
                return Repeat(0, -1, counted: false, "*", _pos + 1);
            case '+':
                return Repeat(1, -1, counted: false, "+", _pos + 1);
            case '?':
                return Repeat(0, 1, counted: false, "?", _pos + 1);
            case '{':
                return RepeatOrBrace();
            case '\\':
                ParseEscape();
                return false;
            default:
                var rune = Re2Text.ReadRune(_pattern, _pos, out var width);
                _pos += width;
                AppendLiteral(rune);
                return false;
        }
    }

    private bool RepeatOrBrace()
    {
        if (!Re2RepeatCount.TryParse(_pattern, _pos, out var min, out var max, out var end))
        {
            _pos++;
            AppendLiteral('{');
            return false;
        }

        if (min < 0 || min > MaxRepeatCount || max > MaxRepeatCount || (max >= 0 && min > max))
        {
            throw Error(Re2ErrorCode.InvalidRepeatSize, _pattern[_pos..end]);
        }

        var quantifier = max == min ? $"{{{min}}}" : max < 0 ? $"{{{min},}}" : $"{{{min},{max}}}";
        return Repeat(min, max, counted: true, quantifier, end);
    }

    private bool Repeat(int min, int max, bool counted, string quantifier, int end)
    {
        var lazy = (_flags & Re2Flags.Ungreedy) != 0;
        if (end < _pattern.Length && _pattern[end] == '?')
        {
            end++;
            lazy = !lazy;
        }

        if (_lastRepeatStart >= 0)
        {
            throw Error(Re2ErrorCode.InvalidRepeatOp, _pattern[_lastRepeatStart..end]);
        }

        if (_atomStart < 0)
        {
            throw Error(Re2ErrorCode.MissingRepeatArgument, _pattern[_pos..end]);
        }

        var weight = _atomWeight;
        if (counted && max == 0)
        {
            weight = 0;
        }
        else if (counted)
        {
            var copies = Math.Max(max >= 0 ? max : min, 1);
            if ((min >= 2 || max >= 2) && copies * _atomWeight > MaxRepeatCount)
            {
                throw Error(Re2ErrorCode.InvalidRepeatSize, _pattern[_pos..end]);
            }

            weight = copies * _atomWeight;
        }

        if (_atomNeedsGroup)
        {
            _out.Insert(_atomStart, "(?:").Append(')');
        }

        _out.Append(quantifier);
        if (lazy)
        {
            _out.Append('?');
        }

        _atomNeedsGroup = true;
        _atomWeight = weight;
        _pos = end;
        return true;
    }

    private void ParseEscape()
    {
        if (_pos + 1 < _pattern.Length)
        {
            var letter = _pattern[_pos + 1];
            switch (letter)
            {
                case 'A':
                    _pos += 2;
                    AppendAnchor("\\A");
                    return;
                case 'z':
                    _pos += 2;
                    AppendAnchor("\\z");
                    return;
                case 'b':
                case 'B':
                    _pos += 2;
                    BeginAtom(syncFoldCase: false);
                    _out.Append(letter == 'b' ? WordBoundary : NotWordBoundary);
                    return;
                case 'C':
                    throw Error(Re2ErrorCode.InvalidEscape, "\\C");
                case 'Q':
                    ParseQuoted();
                    return;
                case 'p':
                case 'P':
                    var start = _pos;
                    var unicodeClass = new Re2CharClass();
                    Re2UnicodeClasses.Parse(_pattern, ref _pos, unicodeClass);
                    BeginAtom();
                    unicodeClass.AppendTo(_out, _pattern, _pattern[start.._pos]);
                    return;
                default:
                    if (Re2AsciiClasses.TryGetPerl(letter, out var ranges, out var negated))
                    {
                        _pos += 2;
                        var perlClass = new Re2CharClass { Negated = negated };
                        perlClass.AddRanges(ranges, complement: false);
                        BeginAtom();
                        perlClass.AppendTo(_out, _pattern, _pattern[(_pos - 2).._pos]);
                        return;
                    }

                    break;
            }
        }

        AppendLiteral(Re2EscapeParser.Parse(_pattern, ref _pos));
    }

    // \Q...\E: everything up to \E (or the end) is literal, one term per character as in Go,
    // so a following quantifier applies to the last character only.
    private void ParseQuoted()
    {
        var end = _pattern.IndexOf("\\E", _pos + 2, StringComparison.Ordinal);
        var textEnd = end < 0 ? _pattern.Length : end;
        var p = _pos + 2;
        while (p < textEnd)
        {
            var rune = Re2Text.ReadRune(_pattern, p, out var width);
            p += width;
            AppendLiteral(rune);
        }

        _pos = end < 0 ? _pattern.Length : end + 2;
    }

    private void OpenGroup()
    {
        if (_pos + 1 < _pattern.Length && _pattern[_pos + 1] == '?')
        {
            ParsePerlGroup();
            return;
        }

        _pos++;
        PushGroup("(", _flags);
    }

    private void ParsePerlGroup()
    {
        var header = Re2GroupHeader.Parse(_pattern, _pos, _flags);
        _pos = header.End;
        if (header.Name is { } name)
        {
            PushGroup("(?<" + name + ">", header.Flags);
        }
        else if (header.OpensGroup)
        {
            PushGroup("(?:", header.Flags);
        }
        else
        {
            _foldChangedInGroup |= ((header.Flags ^ _flags) & Re2Flags.FoldCase) != 0;
            _flags = header.Flags;
        }
    }

    private void PushGroup(string opener, Re2Flags innerFlags)
    {
        BeginAtom();
        // Go limits the height of the parse tree to 1000; 1000 nested groups around a literal exceed it.
        if (_groups.Count + 1 >= MaxNestingDepth)
        {
            throw Error(Re2ErrorCode.NestingDepth, _pattern);
        }

        _groups.Push(new Re2GroupFrame(_atomStart, _flags, _netFoldCase, _groupWeight, _foldChangedInGroup));
        var innerFold = (innerFlags & Re2Flags.FoldCase) != 0;
        if (innerFold != FoldCase)
        {
            // (?i:...) and (?-i:...) scope the change to the group in .NET exactly as in RE2.
            opener = innerFold ? "(?i:" : "(?-i:";
        }

        _out.Append(opener);
        _flags = innerFlags;
        _netFoldCase = innerFold;
        _foldChangedInGroup = false;
        _groupWeight = 1;
        _atomStart = -1;
    }

    private void CloseGroup()
    {
        if (_groups.Count == 0)
        {
            throw Error(Re2ErrorCode.UnexpectedParen, _pattern);
        }

        FinishAtom();
        var innerWeight = _groupWeight;
        var frame = _groups.Pop();
        _pos++;
        _out.Append(')');
        _flags = frame.OuterFlags;
        _netFoldCase = frame.OuterNetFoldCase;
        _foldChangedInGroup = frame.OuterFoldChanged;
        _groupWeight = frame.OuterWeight;
        _atomStart = frame.OutputStart;
        _atomNeedsGroup = false;
        _atomWeight = innerWeight;
    }

    private void Alternate()
    {
        FinishAtom();
        _atomStart = -1;
        _pos++;
        _out.Append('|');

        // RE2 keeps a bare (?i) in force across '|'; rather than rely on .NET doing the same,
        // the next term re-states it.
        if (_foldChangedInGroup)
        {
            _netFoldCase = null;
        }
    }

    private void AppendAnchor(string anchor)
    {
        BeginAtom(syncFoldCase: false);
        _out.Append(anchor);

        // .NET will not quantify \A or \z directly, RE2 will (^* is valid and matches empty).
        _atomNeedsGroup = anchor[0] != '(';
    }

    private void AppendLiteral(int rune)
    {
        BeginAtom();
        Re2Literal.Append(_out, rune);
        _atomNeedsGroup = rune > 0xFFFF;
    }

    private void BeginAtom(bool syncFoldCase = true)
    {
        FinishAtom();
        if (syncFoldCase && _netFoldCase != FoldCase)
        {
            _out.Append(FoldCase ? "(?i)" : "(?-i)");
            _netFoldCase = FoldCase;
        }

        _atomStart = _out.Length;
        _atomNeedsGroup = false;
        _atomWeight = 1;
    }

    private void FinishAtom()
    {
        if (_atomStart >= 0)
        {
            _groupWeight = Math.Max(_groupWeight, _atomWeight);
        }
    }

    private Re2SyntaxException Error(Re2ErrorCode code, string fragment) => new(code, fragment, _pattern);
}

using System.Collections.Frozen;

namespace Bowsprit.Core.Regexes;

/// <summary>
/// RE2's <c>\pX</c>, <c>\p{Name}</c>, <c>\PX</c> and <c>\p{^Name}</c>. General categories map
/// onto .NET's <c>\p{..}</c>; <c>Any</c> is every code point; Unicode scripts (<c>\p{Greek}</c>)
/// are valid RE2 but .NET only knows blocks, which cover different characters, so they are
/// rejected as unsupported rather than approximated.
/// </summary>
internal static class Re2UnicodeClasses
{
    // The categories Go's unicode.Categories defines; .NET accepts the same names.
    private static readonly FrozenSet<string> Categories = FrozenSet.ToFrozenSet(
    [
        "C", "Cc", "Cf", "Co", "Cs",
        "L", "Ll", "Lm", "Lo", "Lt", "Lu",
        "M", "Mc", "Me", "Mn",
        "N", "Nd", "Nl", "No",
        "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps",
        "S", "Sc", "Sk", "Sm", "So",
        "Z", "Zl", "Zp", "Zs",
    ], StringComparer.Ordinal);

    // Go's "C" is Cc|Cf|Co|Cs; .NET's also takes in Cn (unassigned), so spell it out.
    private static readonly string[] OtherCategories = ["Cc", "Cf", "Co", "Cs"];

    private static readonly string[] NotOtherCategories = ["L", "M", "N", "P", "S", "Z", "Cn"];

    // Go's unicode.Scripts names, kept only to tell "unsupported" from "invalid".
    private static readonly FrozenSet<string> Scripts = FrozenSet.ToFrozenSet(
    [
        "Adlam", "Ahom", "Anatolian_Hieroglyphs", "Arabic", "Armenian", "Avestan", "Balinese", "Bamum",
        "Bassa_Vah", "Batak", "Bengali", "Bhaiksuki", "Bopomofo", "Brahmi", "Braille", "Buginese", "Buhid",
        "Canadian_Aboriginal", "Carian", "Caucasian_Albanian", "Chakma", "Cham", "Cherokee", "Chorasmian",
        "Common", "Coptic", "Cuneiform", "Cypriot", "Cypro_Minoan", "Cyrillic", "Deseret", "Devanagari",
        "Dives_Akuru", "Dogra", "Duployan", "Egyptian_Hieroglyphs", "Elbasan", "Elymaic", "Ethiopic", "Garay",
        "Georgian", "Glagolitic", "Gothic", "Grantha", "Greek", "Gujarati", "Gunjala_Gondi", "Gurmukhi",
        "Gurung_Khema", "Han", "Hangul", "Hanifi_Rohingya", "Hanunoo", "Hatran", "Hebrew", "Hiragana",
        "Imperial_Aramaic", "Inherited", "Inscriptional_Pahlavi", "Inscriptional_Parthian", "Javanese",
        "Kaithi", "Kannada", "Katakana", "Kawi", "Kayah_Li", "Kharoshthi", "Khitan_Small_Script", "Khmer",
        "Khojki", "Khudawadi", "Kirat_Rai", "Lao", "Latin", "Lepcha", "Limbu", "Linear_A", "Linear_B", "Lisu",
        "Lycian", "Lydian", "Mahajani", "Makasar", "Malayalam", "Mandaic", "Manichaean", "Marchen",
        "Masaram_Gondi", "Medefaidrin", "Meetei_Mayek", "Mende_Kikakui", "Meroitic_Cursive",
        "Meroitic_Hieroglyphs", "Miao", "Modi", "Mongolian", "Mro", "Multani", "Myanmar", "Nabataean",
        "Nag_Mundari", "Nandinagari", "New_Tai_Lue", "Newa", "Nko", "Nushu", "Nyiakeng_Puachue_Hmong", "Ogham",
        "Ol_Chiki", "Ol_Onal", "Old_Hungarian", "Old_Italic", "Old_North_Arabian", "Old_Permic", "Old_Persian",
        "Old_Sogdian", "Old_South_Arabian", "Old_Turkic", "Old_Uyghur", "Oriya", "Osage", "Osmanya",
        "Pahawh_Hmong", "Palmyrene", "Pau_Cin_Hau", "Phags_Pa", "Phoenician", "Psalter_Pahlavi", "Rejang",
        "Runic", "Samaritan", "Saurashtra", "Sharada", "Shavian", "Siddham", "SignWriting", "Sinhala", "Sogdian",
        "Sora_Sompeng", "Soyombo", "Sundanese", "Sunuwar", "Syloti_Nagri", "Syriac", "Tagalog", "Tagbanwa",
        "Tai_Le", "Tai_Tham", "Tai_Viet", "Takri", "Tamil", "Tangsa", "Tangut", "Telugu", "Thaana", "Thai",
        "Tibetan", "Tifinagh", "Tirhuta", "Todhri", "Toto", "Tulu_Tigalari", "Ugaritic", "Vai", "Vithkuqi",
        "Wancho", "Warang_Citi", "Yezidi", "Yi", "Zanabazar_Square",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Parses the <c>\p</c> or <c>\P</c> escape at <paramref name="pos"/> into <paramref name="target"/>
    /// and moves <paramref name="pos"/> past it. Once <c>\p</c> is seen the escape must be a valid class.
    /// </summary>
    public static void Parse(string pattern, ref int pos, Re2CharClass target)
    {
        var start = pos;
        var negate = pattern[pos + 1] == 'P';
        var end = pos + 2;
        string name;
        if (end >= pattern.Length)
        {
            name = "";
        }
        else if (Re2Text.ReadRune(pattern, end, out var width) != '{')
        {
            end += width;
            name = pattern[(start + 2)..end];
        }
        else
        {
            var close = pattern.IndexOf('}', start);
            if (close < 0)
            {
                Re2Text.EnsureValid(pattern, start, pattern.Length);
                throw new Re2SyntaxException(Re2ErrorCode.InvalidCharRange, pattern[start..], pattern);
            }

            Re2Text.EnsureValid(pattern, start + 3, close);
            name = pattern[(start + 3)..close];
            end = close + 1;
        }

        var sequence = pattern[start..end];
        if (name.StartsWith('^'))
        {
            negate = !negate;
            name = name[1..];
        }

        Add(pattern, sequence, name, negate, target);
        pos = end;
    }

    private static void Add(string pattern, string sequence, string name, bool negate, Re2CharClass target)
    {
        if (name == "Any")
        {
            if (!negate)
            {
                target.AddRange(0, Re2Text.MaxRune);
            }
        }
        else if (name == "C")
        {
            foreach (var category in negate ? NotOtherCategories : OtherCategories)
            {
                target.AddCategory(category, negate: false);
            }
        }
        else if (Categories.Contains(name))
        {
            target.AddCategory(name, negate);
        }
        else if (Scripts.Contains(name))
        {
            throw new Re2SyntaxException(
                Re2ErrorCode.Unsupported,
                sequence,
                pattern,
                "Unicode script classes have no .NET equivalent; use a general category such as \\p{L}");
        }
        else
        {
            throw new Re2SyntaxException(Re2ErrorCode.InvalidCharRange, sequence, pattern);
        }
    }
}

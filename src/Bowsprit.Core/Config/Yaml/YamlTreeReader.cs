using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Bowsprit.Core.Config.Yaml;

/// <summary>
/// Builds a <see cref="YNode"/> tree from YAML text with YamlDotNet's parser: anchors and aliases resolved,
/// merge keys folded in (explicit keys win over merged ones, earlier merges over later ones, as go-yaml does).
/// Only the first document counts, as with Go's <c>yaml.Unmarshal</c>.
/// </summary>
internal sealed class YamlTreeReader
{
    private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);
    private readonly List<(int Line, string Message)> _warnings = [];
    private Parser _parser = null!;

    /// <summary>Warnings such as duplicate keys or ignored extra documents, with 1-based lines.</summary>
    public IReadOnlyList<(int Line, string Message)> Warnings => _warnings;

    /// <summary>The first document's root, or null for an empty file. Throws <see cref="YamlException"/>.</summary>
    public YNode? Read(string text)
    {
        try
        {
            return ReadDocument(text);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner sometimes fails this way on malformed input; keep the position we reached.
            var at = _parser?.Current?.Start ?? Mark.Empty;
            throw new YamlException(at, at, $"malformed YAML after line {at.Line} ({e.Message})");
        }
    }

    private YNode? ReadDocument(string text)
    {
        _anchors.Clear();
        _warnings.Clear();
        _parser = new Parser(new StringReader(text));
        _parser.Consume<StreamStart>();
        if (!_parser.TryConsume<DocumentStart>(out _))
        {
            return null;
        }

        var root = ReadNode();
        _parser.Consume<DocumentEnd>();
        if (_parser.TryConsume<DocumentStart>(out var extra))
        {
            // Go's yaml.Unmarshal silently reads the first document only; say so instead.
            var next = ReadNode();
            if (next is not YScalar { IsNull: true })
            {
                _warnings.Add(((int)extra.Start.Line, "only the first YAML document is read; later documents are ignored"));
            }
        }

        return root is YScalar { IsNull: true } ? null : root;
    }

    private YNode ReadNode()
    {
        var evt = _parser.Current ?? throw new YamlException("unexpected end of YAML stream");
        switch (evt)
        {
            case AnchorAlias alias:
                _parser.MoveNext();
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new YamlException(alias.Start, alias.End, $"unknown anchor '{alias.Value.Value}' referenced");
                }

                return target;
            case Scalar scalar:
                _parser.MoveNext();
                var node = new YScalar(
                    scalar.Value,
                    scalar.Style == ScalarStyle.Plain,
                    scalar.Tag.IsEmpty || scalar.Tag.Value == "!" ? null : scalar.Tag.Value,
                    (int)scalar.Start.Line,
                    (int)scalar.Start.Column);
                Remember(scalar.Anchor, node);
                return node;
            case SequenceStart start:
                _parser.MoveNext();
                var seq = new YSeq((int)start.Start.Line, (int)start.Start.Column);
                Remember(start.Anchor, seq);
                while (!_parser.TryConsume<SequenceEnd>(out _))
                {
                    seq.Items.Add(ReadNode());
                }

                return seq;
            case MappingStart mapStart:
                _parser.MoveNext();
                var map = new YMap((int)mapStart.Start.Line, (int)mapStart.Start.Column);
                Remember(mapStart.Anchor, map);
                ReadMapping(map);
                return map;
            default:
                throw new YamlException(evt.Start, evt.End, $"unexpected YAML event {evt.GetType().Name}");
        }
    }

    private void ReadMapping(YMap map)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        List<YMap>? merges = null;
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = _parser.Current!;
            var keyNode = ReadNode();
            var value = ReadNode();
            if (keyNode is not YScalar key)
            {
                throw new YamlException(keyEvent.Start, keyEvent.End, "mapping keys must be scalars");
            }

            if (key.IsPlain && key.Value == "<<" && key.Tag is null)
            {
                merges ??= [];
                CollectMerge(value, merges, keyEvent);
                continue;
            }

            if (seen.TryGetValue(key.Value, out var index))
            {
                _warnings.Add((key.Line, $"duplicate key \"{key.Value}\" (first at line {map.Entries[index].Key.Line}); the later value wins"));
                map.Entries[index] = new KeyValuePair<YScalar, YNode>(key, value);
                continue;
            }

            seen[key.Value] = map.Entries.Count;
            map.Entries.Add(new KeyValuePair<YScalar, YNode>(key, value));
        }

        foreach (var merged in merges ?? [])
        {
            foreach (var entry in merged.Entries)
            {
                if (seen.TryAdd(entry.Key.Value, map.Entries.Count))
                {
                    map.Entries.Add(entry);
                }
            }
        }
    }

    private static void CollectMerge(YNode value, List<YMap> merges, ParsingEvent at)
    {
        switch (value)
        {
            case YMap single:
                merges.Add(single);
                break;
            case YSeq list when list.Items.All(static item => item is YMap):
                merges.AddRange(list.Items.Cast<YMap>());
                break;
            default:
                throw new YamlException(at.Start, at.End, "map merge requires a mapping or a list of mappings");
        }
    }

    private void Remember(AnchorName anchor, YNode node)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }
    }
}

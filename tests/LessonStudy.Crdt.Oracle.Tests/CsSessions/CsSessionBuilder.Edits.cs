using System.Text;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Oracle.Tests.CsSessions;

// The random edits: one transaction of 1–8 operations on a root or on a nested type.
internal sealed partial class CsSessionBuilder
{
    private void EditTransaction()
    {
        var doc = _replicas[_rng.Next(_replicas.Count)];
        var roll = _rng.Next(100);
        var count = roll < 60 ? 1 : roll < 85 ? _rng.Int(2, 3) : _rng.Int(4, 8);
        doc.Transact(_ =>
        {
            for (var k = 0; k < count; k++)
            {
                EditOnce(doc);
                _ops++;
            }
        });
    }

    private void EditOnce(Doc doc)
    {
        var (type, depth) = _rng.Chance(0.5)
            ? (Root(doc, _rng.Pick(_rootNames.ToArray())), 0)
            : _rng.Pick(CollectTargets(doc).ToArray());
        OpOn(type, depth);
        while (_after.Count > 0)
        {
            var after = _after;
            _after = [];
            foreach (var fill in after)
            {
                fill();
            }
        }
    }

    /// <summary>Every live shared type reachable from the roots through maps, arrays and xml children.</summary>
    private List<(AbstractType Type, int Depth)> CollectTargets(Doc doc)
    {
        var result = new List<(AbstractType, int)>();
        var work = new Stack<(AbstractType, int)>();
        foreach (var name in _rootNames)
        {
            work.Push((Root(doc, name), 0));
        }

        while (work.Count > 0)
        {
            var (type, depth) = work.Pop();
            result.Add((type, depth));
            IEnumerable<object?> children = type switch
            {
                YMap map => map.Values(),
                YArray array => array.ToArray(),
                YXmlFragment fragment => fragment.ToArray(),
                _ => [],
            };
            foreach (var child in children)
            {
                if (child is AbstractType nested)
                {
                    work.Push((nested, depth + 1));
                }
            }
        }

        return result;
    }

    private void OpOn(AbstractType type, int depth)
    {
        // subclass before base class: XmlText < Text, XmlHook < Map, XmlElement < XmlFragment
        switch (type)
        {
            case YXmlText xmlText: TextOp(xmlText, depth, xml: true); break;
            case YText text: TextOp(text, depth, xml: false); break;
            case YMap map: MapOp(map, depth, allowTypes: type is not YXmlHook); break;
            case YXmlElement element: ElementOp(element, depth); break;
            case YXmlFragment fragment: FragmentOp(fragment, depth); break;
            case YArray array: ArrayOp(array, depth); break;
            default: throw new InvalidOperationException($"unexpected type {type.GetType().Name}");
        }
    }

    private void TextOp(YText text, int depth, bool xml)
    {
        var len = text.Length;
        var roll = _rng.NextDouble() * 100;
        var pos = _rng.Int(0, len);
        if (roll < 40 || len == 0 && roll < 79)
        {
            text.Insert(pos, _rng.Pick(ValuePools.Texts), _rng.Chance(0.3) ? Format(xml, allowRemoval: false) : null);
        }
        else if (roll < 65)
        {
            var at = _rng.Int(0, len - 1);
            text.Delete(at, _rng.Int(1, Math.Min(len - at, _rng.Chance(0.1) ? 60 : 6)));
        }
        else if (roll < 79)
        {
            // format boundaries stay on code points (see SnapToCodePoint)
            var units = IndexString(text);
            var at = SnapToCodePoint(units, _rng.Int(0, len - 1));
            var end = SnapToCodePoint(units, at + _rng.Int(1, Math.Min(len - at, 12)));
            if (end > at)
            {
                text.Format(at, end - at, Format(xml, allowRemoval: true));
            }
        }
        else if (roll < 87 && !xml)
        {
            text.InsertEmbed(pos, ValuePools.Embed(_rng), _rng.Chance(0.3) ? Format(false, allowRemoval: false) : null);
        }
        else if (roll < 98.5 || xml || depth >= 2)
        {
            text.ApplyDelta(Delta(IndexString(text), xml));
        }
        else
        {
            var map = new YMap();
            text.InsertEmbed(pos, map);
            map.Set("kind", "figure");
            map.Set("n", (double)_rng.Int(0, 99));
        }
    }

    private Dictionary<string, object?> Format(bool xml, bool allowRemoval)
    {
        while (true)
        {
            var format = xml ? ValuePools.XmlFormat(_rng) : ValuePools.TextFormat(_rng);
            if (allowRemoval || !format.ContainsValue(null))
            {
                return format;
            }
        }
    }

    /// <summary>A random Quill-style delta; retain boundaries fall on code points.</summary>
    private List<DeltaOp> Delta(string units, bool xml)
    {
        var ops = new List<DeltaOp>();
        var pos = 0;
        var steps = _rng.Int(1, 3);
        for (var s = 0; s < steps; s++)
        {
            if (pos < units.Length && _rng.Chance(0.6))
            {
                var to = SnapToCodePoint(units, _rng.Int(pos, units.Length));
                if (to > pos)
                {
                    ops.Add(new DeltaOp { Retain = to - pos });
                    pos = to;
                }
            }

            var roll = _rng.Next(pos < units.Length ? 100 : 50);
            if (roll < 50)
            {
                ops.Add(new DeltaOp { Insert = _rng.Pick(ValuePools.Texts), Attributes = _rng.Chance(0.4) ? ToJsObject(Format(xml, false)) : null });
            }
            else if (roll < 75)
            {
                // deletions may split a surrogate pair: yjs turns both halves into U+FFFD on every replica
                var d = _rng.Int(1, Math.Min(units.Length - pos, 8));
                ops.Add(new DeltaOp { Delete = d });
                units = string.Concat(units.AsSpan(0, pos), units.AsSpan(pos + d));
            }
            else
            {
                var to = SnapToCodePoint(units, pos + _rng.Int(1, Math.Min(units.Length - pos, 8)));
                if (to > pos)
                {
                    ops.Add(new DeltaOp { Retain = to - pos, Attributes = ToJsObject(Format(xml, true)) });
                    pos = to;
                }
            }
        }

        return ops;
    }

    private void MapOp(YMap map, int depth, bool allowTypes)
    {
        var keys = map.Keys().ToArray();
        var roll = _rng.Next(100);
        if (keys.Length > 0 && roll >= 80)
        {
            map.Delete(_rng.Pick(keys));
            return;
        }

        var key = keys.Length > 0 && roll >= 65 ? _rng.Pick(keys) : _rng.Pick(ValuePools.MapKeys);
        map.Set(key, Value(depth + 1, allowTypes));
    }

    private void ArrayOp(YArray array, int depth)
    {
        var len = array.Length;
        var roll = _rng.Next(len > 0 ? 90 : 58);
        if (roll >= 58)
        {
            var at = _rng.Int(0, len - 1);
            array.Delete(at, _rng.Int(1, Math.Min(len - at, _rng.Chance(0.1) ? 30 : 4)));
            return;
        }

        var sizeRoll = _rng.Next(100);
        var n = sizeRoll < 60 ? 1 : sizeRoll < 90 ? _rng.Int(2, 4) : _rng.Int(5, 12);
        var values = new object?[n];
        for (var k = 0; k < n; k++)
        {
            values[k] = Value(depth + 1, allowTypes: true, forArray: true);
        }

        if (roll < 38)
        {
            array.Insert(_rng.Int(0, len), values);
        }
        else if (roll < 52)
        {
            array.Push(values);
        }
        else
        {
            array.Unshift(values);
        }
    }

    private void ElementOp(YXmlElement element, int depth)
    {
        var roll = _rng.Next(100);
        if (roll < 30)
        {
            element.SetAttribute(_rng.Pick(ValuePools.AttrNames), _rng.Pick(ValuePools.AttrValues));
        }
        else if (roll < 38)
        {
            var names = element.GetAttributes().Keys.ToArray();
            if (names.Length > 0)
            {
                element.RemoveAttribute(_rng.Pick(names));
            }
        }
        else
        {
            FragmentOp(element, depth);
        }
    }

    private void FragmentOp(YXmlFragment fragment, int depth)
    {
        var len = fragment.Length;
        var roll = _rng.Next(len > 0 ? 88 : 63);
        var pos = _rng.Int(0, len);
        if (roll < 35 && depth < 3)
        {
            fragment.Insert(pos, XmlElement(depth + 1));
        }
        else if (roll < 60)
        {
            fragment.Insert(pos, XmlText());
        }
        else if (roll < 63)
        {
            var hook = new YXmlHook(_rng.Chance(0.5) ? "mention" : "comment-anchor");
            fragment.Insert(pos, hook);
            hook.Set("user", _rng.Pick(new[] { "alice", "王老师", "bob" }));
            if (_rng.Chance(0.5))
            {
                hook.Set("id", (double)_rng.Int(1, 999));
            }
        }
        else if (len > 0)
        {
            var at = _rng.Int(0, len - 1);
            fragment.Delete(at, _rng.Int(1, Math.Min(len - at, 3)));
        }
        else
        {
            fragment.Insert(pos, XmlText());
        }
    }

    /// <summary>The text as yjs indexes it: string content, and one placeholder per embed or type.</summary>
    private static string IndexString(YText text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var op in text.ToDelta())
        {
            if (op.Insert is string s)
            {
                sb.Append(s);
            }
            else
            {
                sb.Append('\0');
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Moves an index between the halves of a surrogate pair back by one. yjs replaces both halves
    /// with U+FFFD whenever it splits an item inside a pair; a format or retain that turns out to be
    /// a no-op splits only the local replica, which then differs from its peers for good.
    /// </summary>
    private static int SnapToCodePoint(string units, int i) =>
        i > 0 && i < units.Length && char.IsHighSurrogate(units[i - 1]) && char.IsLowSurrogate(units[i]) ? i - 1 : i;

    private static JsObject ToJsObject(Dictionary<string, object?> attributes)
    {
        var obj = new JsObject();
        foreach (var (key, value) in attributes)
        {
            obj.Set(key, value);
        }

        return obj;
    }
}

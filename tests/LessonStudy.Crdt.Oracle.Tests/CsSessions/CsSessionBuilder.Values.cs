using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt.Oracle.Tests.CsSessions;

// Values for map entries and array elements: every Any class, shared types (prelim or filled
// once integrated, through _after), XML nodes and subdocuments.
internal sealed partial class CsSessionBuilder
{
    private object? Value(int depth, bool allowTypes, bool forArray = false)
    {
        var typesOk = allowTypes && depth <= 3;
        // weights as in session.mjs; YArray.insert rejects top-level bigint and undefined (YMap.set accepts them)
        (double Weight, string Kind)[] table =
        [
            (30, "string"), (24, "number"), (6, "bool"), (3, "null"), (forArray ? 0 : 2, "undefined"), (6, "object"),
            (4, "array"), (5, "binary"), (forArray ? 0 : 2, "bigint"), (typesOk ? 7 : 0, "ymap"), (typesOk ? 6 : 0, "yarray"),
            (typesOk ? 5 : 0, "ytext"), (typesOk ? 1 : 0, "yxml"), (allowTypes ? 1.2 : 0, "subdoc"),
        ];
        switch (Weighted(table))
        {
            case "string": return _rng.Pick(ValuePools.Strings);
            case "number": return Number();
            case "bool": return _rng.Chance(0.5);
            case "null": return null;
            case "undefined": return JsUndefined.Value;
            case "object": return PlainObject(0);
            case "array": return PlainArray(0);
            case "binary": return Bytes(_rng.Int(0, 16));
            case "bigint": return _rng.Pick(ValuePools.BigInts);
            case "ymap":
                {
                    if (_rng.Chance(0.3))
                    {
                        return new YMap([new(_rng.Pick(ValuePools.MapKeys), _rng.Pick(ValuePools.Strings)), new("n", Number())]);
                    }

                    var map = new YMap();
                    _after.Add(() =>
                    {
                        var n = _rng.Int(1, 3);
                        for (var k = 0; k < n; k++)
                        {
                            map.Set(_rng.Pick(ValuePools.MapKeys), Value(depth + 1, allowTypes: true));
                        }
                    });
                    return map;
                }

            case "yarray":
                {
                    if (_rng.Chance(0.3))
                    {
                        return YArray.From([_rng.Pick(ValuePools.Strings), Number(), true]);
                    }

                    var array = new YArray();
                    _after.Add(() =>
                    {
                        var values = new object?[_rng.Int(1, 4)];
                        for (var k = 0; k < values.Length; k++)
                        {
                            values[k] = Value(depth + 1, allowTypes: true, forArray: true);
                        }

                        array.Push(values);
                    });
                    return array;
                }

            case "ytext":
                {
                    if (_rng.Chance(0.3))
                    {
                        return new YText(_rng.Pick(ValuePools.Texts));
                    }

                    var text = new YText();
                    _after.Add(() =>
                    {
                        text.Insert(0, _rng.Pick(ValuePools.Texts));
                        if (_rng.Chance(0.5))
                        {
                            text.Insert(_rng.Int(0, text.Length), _rng.Pick(ValuePools.Texts), Format(false, allowRemoval: false));
                        }
                    });
                    return text;
                }

            case "yxml":
                {
                    var pick = _rng.Int(0, 2);
                    if (pick == 0)
                    {
                        return XmlElement(depth);
                    }

                    if (pick == 1)
                    {
                        return XmlText();
                    }

                    var fragment = new YXmlFragment();
                    _after.Add(() => fragment.Insert(0, XmlText(), XmlElement(depth + 1)));
                    return fragment;
                }

            default:
                {
                    var guid = $"cs-sub-{_seed}-{Convert.ToHexString(Bytes(6)).ToLowerInvariant()}";
                    return new Doc(new DocOptions
                    {
                        Guid = guid,
                        Gc = !_rng.Chance(0.3),
                        AutoLoad = _rng.Chance(0.3),
                        Meta = _rng.Chance(0.4) ? ValuePools.Obj(("title", _rng.Chance(0.5) ? "教案" : "worksheet"), ("v", (double)_rng.Int(1, 9))) : null,
                    });
                }
        }
    }

    /// <summary>A new XmlElement: attributes sometimes before integration, children filled after it.</summary>
    private YXmlElement XmlElement(int depth)
    {
        var element = new YXmlElement(_rng.Pick(ValuePools.NodeNames));
        if (_rng.Chance(0.3))
        {
            element.SetAttribute(_rng.Pick(ValuePools.AttrNames), _rng.Pick(ValuePools.AttrValues));
        }

        _after.Add(() =>
        {
            var attributes = _rng.Int(0, 2);
            for (var k = 0; k < attributes; k++)
            {
                element.SetAttribute(_rng.Pick(ValuePools.AttrNames), _rng.Pick(ValuePools.AttrValues));
            }

            if (_rng.Chance(0.7))
            {
                element.Insert(0, XmlText());
            }

            if (depth < 3 && _rng.Chance(0.25))
            {
                element.Insert(element.Length, XmlElement(depth + 1));
            }
        });
        return element;
    }

    private YXmlText XmlText()
    {
        var text = new YXmlText();
        _after.Add(() =>
        {
            text.Insert(0, _rng.Pick(ValuePools.Texts), _rng.Chance(0.4) ? Format(true, allowRemoval: false) : null);
            if (_rng.Chance(0.3))
            {
                text.Insert(text.Length, _rng.Pick(ValuePools.Texts));
            }

            if (_rng.Chance(0.2) && text.Length > 1)
            {
                var end = SnapToCodePoint(IndexString(text), _rng.Int(1, text.Length));
                if (end > 0)
                {
                    text.Format(0, end, Format(true, allowRemoval: true));
                }
            }
        });
        return text;
    }

    private double Number() => _rng.Next(100) switch
    {
        < 50 => _rng.Pick(ValuePools.Numbers),
        < 75 => _rng.Int(-100000, 100000),
        < 85 => Math.Round(_rng.NextDouble() * 1e6) / 100,
        < 95 => _rng.NextDouble() * 1000,
        _ => _rng.Int(1, 1 << 20) * 1073741824d * (_rng.Chance(0.5) ? -1 : 1),
    };

    private JsObject PlainObject(int level)
    {
        var obj = new JsObject();
        var n = _rng.Int(0, 4);
        for (var k = 0; k < n; k++)
        {
            obj.Set(_rng.Pick(ValuePools.ObjectKeys), PlainValue(level + 1));
        }

        return obj;
    }

    private object?[] PlainArray(int level)
    {
        var array = new object?[_rng.Int(0, 4)];
        for (var k = 0; k < array.Length; k++)
        {
            array[k] = PlainValue(level + 1);
        }

        return array;
    }

    /// <summary>A value inside an Any object or array: may nest, may hold binary, bigint and undefined.</summary>
    private object? PlainValue(int level) => Weighted(
    [
        (35, "string"), (30, "number"), (6, "bool"), (5, "null"), (3, "undefined"), (4, "binary"), (2, "bigint"),
        (level < 3 ? 8 : 0, "object"), (level < 3 ? 7 : 0, "array"),
    ]) switch
    {
        "string" => _rng.Pick(ValuePools.Strings),
        "number" => Number(),
        "bool" => _rng.Chance(0.5),
        "null" => null,
        "undefined" => JsUndefined.Value,
        "binary" => Bytes(_rng.Int(0, 6)),
        "bigint" => _rng.Pick(ValuePools.BigInts),
        "object" => PlainObject(level),
        _ => PlainArray(level),
    };

    private byte[] Bytes(int n)
    {
        var bytes = new byte[n];
        _rng.NextBytes(bytes);
        return bytes;
    }

    private string Weighted((double Weight, string Kind)[] table)
    {
        var total = 0.0;
        foreach (var (weight, _) in table)
        {
            total += weight;
        }

        var r = _rng.NextDouble() * total;
        foreach (var (weight, kind) in table)
        {
            r -= weight;
            if (r < 0)
            {
                return kind;
            }
        }

        return table[^1].Kind;
    }
}

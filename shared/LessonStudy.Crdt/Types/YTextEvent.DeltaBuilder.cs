using System.Text;
using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

// Port of yjs YTextEvent's `delta` getter.
public sealed partial class YTextEvent
{
    /// <summary>The state of yjs' delta getter, so its <c>addOp</c> closure becomes a method.</summary>
    private sealed class TextDeltaBuilder(YTextEvent ev, List<DeltaOp> delta)
    {
        private readonly YTextAttributeMap _currentAttributes = new(); // all current attributes, for inserts
        private readonly YTextAttributeMap _oldAttributes = new();
        private readonly JsObject _attributes = new(); // added or removed attributes, for retains
        private readonly StringBuilder _insertStr = new();
        private object? _insertEmbed;
        private bool _insertIsEmbed;
        private DeltaAction _action = DeltaAction.None;
        private int _retain;
        private int _deleteLen;

        private void AddOp()
        {
            if (_action == DeltaAction.None)
                return;
            DeltaOp? op = null;
            switch (_action)
            {
                case DeltaAction.Delete:
                    if (_deleteLen > 0)
                        op = new DeltaOp { Delete = _deleteLen };
                    _deleteLen = 0;
                    break;
                case DeltaAction.Insert:
                    if (_insertIsEmbed ? IsJsObjectLike(_insertEmbed) : _insertStr.Length > 0)
                    {
                        JsObject? attrs = null;
                        if (_currentAttributes.Count > 0)
                            attrs = _currentAttributes.ToJsObject(skipNullValues: true);
                        op = new DeltaOp { Insert = _insertIsEmbed ? _insertEmbed : _insertStr.ToString(), Attributes = attrs };
                    }
                    _insertStr.Clear();
                    _insertEmbed = null;
                    _insertIsEmbed = false;
                    break;
                case DeltaAction.Retain:
                    if (_retain > 0)
                        op = new DeltaOp { Retain = _retain, Attributes = _attributes.Count > 0 ? _attributes.ShallowClone() : null };
                    _retain = 0;
                    break;
            }
            if (op is not null)
                delta.Add(op);
            _action = DeltaAction.None;
        }

        // JavaScript `typeof insert === 'object' || insert.length > 0` for a non-string embed:
        // objects, arrays, Uint8Arrays, types and null count; numbers and booleans are dropped.
        private static bool IsJsObjectLike(object? embed) =>
            embed is null or JsObject or object?[] or byte[] or AbstractType || (embed is string s && s.Length > 0);

        private void Begin(DeltaAction action)
        {
            if (_action != action)
            {
                AddOp();
                _action = action;
            }
        }

        public void Run(Transaction transaction)
        {
            for (var item = ev.Target.Start; item is not null; item = item.Right)
            {
                switch (item.Content)
                {
                    case ContentType:
                    case ContentEmbed:
                        if (ev.Adds(item))
                        {
                            if (!ev.Deletes(item))
                            {
                                AddOp();
                                _action = DeltaAction.Insert;
                                _insertIsEmbed = true;
                                _insertEmbed = item.Content.GetContent()[0];
                                AddOp();
                            }
                        }
                        else if (ev.Deletes(item))
                        {
                            Begin(DeltaAction.Delete);
                            _deleteLen += 1;
                        }
                        else if (!item.Deleted)
                        {
                            Begin(DeltaAction.Retain);
                            _retain += 1;
                        }
                        break;
                    case ContentString str:
                        if (ev.Adds(item))
                        {
                            if (!ev.Deletes(item))
                            {
                                Begin(DeltaAction.Insert);
                                _insertStr.Append(str.Str);
                            }
                        }
                        else if (ev.Deletes(item))
                        {
                            Begin(DeltaAction.Delete);
                            _deleteLen += item.Length;
                        }
                        else if (!item.Deleted)
                        {
                            Begin(DeltaAction.Retain);
                            _retain += item.Length;
                        }
                        break;
                    case ContentFormat format:
                        VisitFormat(transaction, item, format);
                        break;
                }
            }
            AddOp();
            while (delta.Count > 0)
            {
                var lastOp = delta[^1];
                // drop trailing retains that assign no attributes
                if (lastOp.Retain is not null && lastOp.Attributes is null)
                    delta.RemoveAt(delta.Count - 1);
                else
                    break;
            }
        }

        private void VisitFormat(Transaction transaction, Item item, ContentFormat format)
        {
            var key = format.Key;
            var value = format.Value;
            if (ev.Adds(item))
            {
                if (!ev.Deletes(item))
                {
                    var curVal = _currentAttributes.GetOrNull(key);
                    if (!YTextEquality.EqualAttrs(curVal, value))
                    {
                        if (_action == DeltaAction.Retain)
                            AddOp();
                        if (YTextEquality.EqualAttrs(value, _oldAttributes.GetOrNull(key)))
                            _attributes.Remove(key);
                        else
                            _attributes.Set(key, value);
                    }
                    else if (value is not null)
                    {
                        item.Delete(transaction);
                    }
                }
            }
            else if (ev.Deletes(item))
            {
                _oldAttributes.Set(key, value);
                var curVal = _currentAttributes.GetOrNull(key);
                if (!YTextEquality.EqualAttrs(curVal, value))
                {
                    if (_action == DeltaAction.Retain)
                        AddOp();
                    _attributes.Set(key, curVal);
                }
            }
            else if (!item.Deleted)
            {
                _oldAttributes.Set(key, value);
                if (_attributes.TryGetValue(key, out var attr) && attr is not JsUndefined)
                {
                    if (!YTextEquality.EqualAttrs(attr, value))
                    {
                        if (_action == DeltaAction.Retain)
                            AddOp();
                        if (value is null)
                            _attributes.Remove(key);
                        else
                            _attributes.Set(key, value);
                    }
                    else if (attr is not null)
                    {
                        // this will be cleaned up automatically by the contextless cleanup function
                        item.Delete(transaction);
                    }
                }
            }
            if (!item.Deleted)
            {
                if (_action == DeltaAction.Insert)
                    AddOp();
                YText.UpdateCurrentAttributes(_currentAttributes, format);
            }
        }
    }
}

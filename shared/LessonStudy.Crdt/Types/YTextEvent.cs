using System.Collections.Frozen;
using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

/// <summary>
/// The event a <see cref="YText"/> fires after a transaction changed it (yjs <c>YTextEvent</c>).
/// <see cref="Delta"/> describes the change as a Quill delta: retains (optionally with the
/// attributes that changed), inserts with their attributes, and deletes. Compute it during the
/// observer call: afterwards the document may have moved on.
/// </summary>
public sealed partial class YTextEvent : YEvent
{
    private static readonly IReadOnlySet<string> NoKeys = FrozenSet<string>.Empty;
    private static readonly IReadOnlySet<Item> NoItems = FrozenSet<Item>.Empty;

    // The changed keys are read from the transaction's set on first access: typing fires one event
    // per keystroke and hardly anyone asks for the keys of a text.
    private readonly HashSet<string?> _subs;
    private IReadOnlySet<string>? _keysChanged;
    private List<DeltaOp>? _textDelta;
    private YEventChanges? _textChanges;

    internal YTextEvent(YText ytext, Transaction transaction, HashSet<string?> subs)
        : base(ytext, transaction)
    {
        _subs = subs;
        ChildListChanged = subs.Contains(null);
    }

    /// <summary>Whether the text content (as opposed to the type's map attributes) changed.</summary>
    public bool ChildListChanged { get; }

    /// <summary>The names of the type attributes (<see cref="YText.SetAttribute"/>) that changed.</summary>
    public IReadOnlySet<string> KeysChanged => _keysChanged ??= CollectKeys(_subs);

    private static IReadOnlySet<string> CollectKeys(HashSet<string?> subs)
    {
        if (subs.Count == (subs.Contains(null) ? 1 : 0))
            return NoKeys;
        var keys = new HashSet<string>(subs.Count, StringComparer.Ordinal);
        foreach (var sub in subs)
        {
            if (sub is not null)
                keys.Add(sub);
        }
        return keys;
    }

    /// <summary>
    /// yjs <c>YTextEvent.changes</c>: the changed keys and the rich-text <see cref="Delta"/>; the
    /// added and deleted sets are empty for text (deep observers see the same through <see cref="YEvent"/>).
    /// </summary>
    public override YEventChanges Changes => _textChanges ??= new YEventChanges(NoItems, NoItems, Keys, Delta);

    /// <summary>The change as a rich-text delta (computed once, on first access).</summary>
    public override IReadOnlyList<DeltaOp> Delta => _textDelta ??= ComputeDelta();

    private enum DeltaAction
    {
        None,
        Insert,
        Retain,
        Delete,
    }

    private List<DeltaOp> ComputeDelta()
    {
        var delta = new List<DeltaOp>();
        var doc = Target.Doc!;
        doc.Transact(transaction => new TextDeltaBuilder(this, delta).Run(transaction));
        return delta;
    }
}

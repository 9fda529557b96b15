namespace LessonStudy.Crdt.Types;

/// <summary>The changes of an XML fragment, element or text in one transaction (yjs <c>YXmlEvent</c>).</summary>
public sealed class YXmlEvent : YEvent
{
    public YXmlEvent(AbstractType target, IReadOnlySet<string?> subs, Transaction transaction)
        : base(target, transaction)
    {
        ArgumentNullException.ThrowIfNull(subs);
        var attributes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sub in subs)
        {
            if (sub is null)
            {
                ChildListChanged = true;
            }
            else
            {
                attributes.Add(sub);
            }
        }
        AttributesChanged = attributes;
    }

    /// <summary>Whether children were inserted or deleted.</summary>
    public bool ChildListChanged { get; }

    /// <summary>The attributes that were set or removed.</summary>
    public IReadOnlySet<string> AttributesChanged { get; }
}

using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Structs;

/// <summary>A garbage-collected range: deleted content of which only the clocks remain (yjs <c>GC</c>).</summary>
public sealed class GC : AbstractStruct
{
    internal const byte StructGCRefNumber = 0;

    internal GC(ID id, int length)
        : base(id, length)
    {
    }

    public override bool Deleted => true;

    internal override bool MergeWith(AbstractStruct right)
    {
        if (right is not GC)
        {
            return false;
        }

        Length += right.Length;
        return true;
    }

    internal override void Integrate(Transaction transaction, int offset)
    {
        if (offset > 0)
        {
            Id = new ID(Id.Client, Id.Clock + offset);
            Length -= offset;
        }

        transaction.Doc.Store.AddStruct(this);
    }

    internal override void Write(IUpdateEncoder encoder, int offset)
    {
        encoder.WriteInfo(StructGCRefNumber);
        encoder.WriteLen(Length - offset);
    }

    internal override ulong? GetMissing(Transaction transaction, StructStore store) => null;
}

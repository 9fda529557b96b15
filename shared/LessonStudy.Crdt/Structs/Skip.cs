using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Structs;

/// <summary>
/// A gap of unknown clocks (yjs <c>Skip</c>). Only document-less update merging produces it; a
/// document never integrates one.
/// </summary>
public sealed class Skip : AbstractStruct
{
    internal const byte StructSkipRefNumber = 10;

    internal Skip(ID id, int length)
        : base(id, length)
    {
    }

    public override bool Deleted => true;

    internal override bool MergeWith(AbstractStruct right)
    {
        if (right is not Skip)
        {
            return false;
        }

        Length += right.Length;
        return true;
    }

    internal override void Integrate(Transaction transaction, int offset) =>
        throw new InvalidOperationException("Skip structs cannot be integrated.");

    internal override void Write(IUpdateEncoder encoder, int offset)
    {
        encoder.WriteInfo(StructSkipRefNumber);
        // Skips are rare, so yjs writes their length plainly instead of through the length column.
        encoder.RestEncoder.WriteVarUint((ulong)(Length - offset));
    }

    internal override ulong? GetMissing(Transaction transaction, StructStore store) => null;
}

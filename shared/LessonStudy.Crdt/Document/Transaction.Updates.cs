using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt;

public sealed partial class Transaction
{
    /// <summary>
    /// Raises <see cref="Doc.Update"/>/<see cref="Doc.UpdateV2"/>, encoding only for the formats
    /// someone listens to and only when the transaction wrote something.
    /// </summary>
    private void EmitUpdates(Doc doc)
    {
        if (doc.HasUpdateListeners)
        {
            var encoder = new UpdateEncoderV1();
            if (StructEncoding.WriteUpdateMessageFromTransaction(encoder, this))
            {
                doc.EmitUpdate(encoder.ToArray(), this);
            }
        }

        if (doc.HasUpdateV2Listeners)
        {
            var encoder = UpdateFormats.CreateEncoderV2();
            if (StructEncoding.WriteUpdateMessageFromTransaction(encoder, this))
            {
                doc.EmitUpdateV2(encoder.ToArray(), this);
            }
        }
    }
}

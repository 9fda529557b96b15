namespace LessonStudy.Crdt;

public sealed partial class Transaction
{
    /// <summary>Raises <see cref="Doc.Update"/>/<see cref="Doc.UpdateV2"/> when someone listens.</summary>
    private void EmitUpdates(Doc doc)
    {
        // Filled in once the V1/V2 update encoders are merged from the encoding module.
        _ = doc;
        _ = DeleteSet;
    }
}

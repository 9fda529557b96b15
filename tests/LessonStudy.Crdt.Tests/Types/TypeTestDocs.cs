using LessonStudy.Crdt.Tests.Encoding;

namespace LessonStudy.Crdt.Tests.Types;

/// <summary>Documents with fixed client IDs that record their V1 update events as hex.</summary>
internal sealed class RecordingDoc
{
    public RecordingDoc(ulong clientId, bool gc = true)
    {
        Doc = new Doc(new DocOptions { ClientId = clientId, Gc = gc });
        Doc.Update += (update, _, _) => Updates.Add(Hex.Of(update));
    }

    public Doc Doc { get; }

    public List<string> Updates { get; } = [];

    public string FullState => Hex.Of(Doc.EncodeStateAsUpdate());

    public string FullStateV2 => Hex.Of(Doc.EncodeStateAsUpdateV2());
}

internal static class TypeTestDocs
{
    /// <summary>Applies every update of <paramref name="from"/> that <paramref name="to"/> lacks.</summary>
    public static void Sync(Doc from, Doc to) => to.ApplyUpdate(from.EncodeStateAsUpdate(to.EncodeStateVector()));

    public static void SyncBoth(Doc a, Doc b)
    {
        Sync(a, b);
        Sync(b, a);
    }
}

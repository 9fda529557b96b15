using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Updates;

/// <summary>
/// Collects structs to write and writes them as client blocks (yjs <c>LazyStructWriter</c>): a new
/// block starts whenever the client changes. yjs streams each block into a separate buffer because
/// the struct count precedes the structs; here the structs are kept until <see cref="Finish"/>,
/// which writes every column in the same order yjs does, so the bytes are the same.
/// </summary>
internal sealed class LazyStructWriter
{
    private readonly List<(LazyStruct Struct, long Offset)> _structs;
    private readonly List<(ulong Client, int Start)> _blocks = [];

    public LazyStructWriter(int capacity = 16)
    {
        _structs = new List<(LazyStruct, long)>(capacity);
    }

    /// <summary>Appends <paramref name="s"/>, written from <paramref name="offset"/> on.</summary>
    public void Write(LazyStruct s, long offset)
    {
        if (_blocks.Count == 0 || _blocks[^1].Client != s.Client)
        {
            _blocks.Add((s.Client, _structs.Count));
        }

        _structs.Add((s, offset));
    }

    /// <summary>Writes the block count and every block (yjs <c>finishLazyStructWriting</c>).</summary>
    public void Finish(IUpdateEncoder encoder)
    {
        var rest = encoder.RestEncoder;
        rest.WriteVarUint((ulong)_blocks.Count);
        for (var b = 0; b < _blocks.Count; b++)
        {
            var (client, start) = _blocks[b];
            var end = b + 1 < _blocks.Count ? _blocks[b + 1].Start : _structs.Count;
            rest.WriteVarUint((ulong)(end - start));
            encoder.WriteClient(client);
            var (first, firstOffset) = _structs[start];
            rest.WriteVarUint((ulong)(first.Clock + firstOffset));
            for (var i = start; i < end; i++)
            {
                var (s, offset) = _structs[i];
                s.Write(encoder, offset);
            }
        }
    }
}

namespace LessonStudy.Crdt.Encoding;

/// <summary>
/// The one exception the engine throws for untrusted bytes it cannot accept: truncated or malformed
/// updates, state vectors, delete sets, relative positions, snapshots and protocol messages, and input
/// over the configured <see cref="DecodeLimits"/>. Its message says what was wrong and where.
/// When it is thrown from <c>ApplyUpdate</c>, the document is unchanged.
/// </summary>
public sealed class CrdtFormatException : Exception
{
    public CrdtFormatException(string message)
        : base(message)
    {
    }

    public CrdtFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CrdtFormatException()
        : base("Malformed CRDT data.")
    {
    }
}

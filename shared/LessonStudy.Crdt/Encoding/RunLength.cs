namespace LessonStudy.Crdt.Encoding;

/// <summary>Run lengths of the V2 columns: lib0 adds a bias to a varUint; absurd values are refused.</summary>
internal static class RunLength
{
    public static long Read(Lib0Reader reader, string column, int bias)
    {
        var start = reader.Position;
        var raw = reader.ReadVarUint();
        if (raw > long.MaxValue - 2)
        {
            throw new CrdtFormatException($"The run length {raw} at byte {start} of the V2 {column} column is out of range.");
        }

        return (long)raw + bias;
    }

    /// <summary>A varInt that must be an integer of magnitude below 2^63 (lib0 can decode larger ones, and NaN).</summary>
    public static double ReadVarInt(Lib0Reader reader, string column)
    {
        var start = reader.Position;
        var v = reader.ReadVarInt();
        if (!(Math.Abs(v) < 9223372036854775808d))
        {
            throw new CrdtFormatException($"The value {v} at byte {start} of the V2 {column} column is out of range.");
        }

        return v;
    }
}

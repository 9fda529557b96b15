using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Cli;

/// <summary>Reads inputs and writes outputs of the commands, turning failures into one-line errors.</summary>
internal static class CliFiles
{
    public static byte[] Read(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException($"cannot read '{path}': {ex.Message}", ex);
        }
    }

    public static void Write(string path, byte[] bytes)
    {
        try
        {
            File.WriteAllBytes(path, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException($"cannot write '{path}': {ex.Message}", ex);
        }
    }

    /// <summary>Runs a step over one input file; malformed bytes become a one-line error naming the file.</summary>
    public static T Decode<T>(string path, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (CrdtFormatException ex)
        {
            throw new CliInputException($"'{path}' is not a valid input: {ex.Message}", ex);
        }
    }
}

namespace LessonStudy.Crdt.Structs;

/// <summary>
/// JavaScript <c>JSON.stringify</c>/<c>JSON.parse</c> for legacy JSON content. Temporary seam until
/// the encoding module's JavaScript-exact JSON is merged.
/// </summary>
internal static class JsonText
{
    internal static string Stringify(object? value) =>
        throw new NotSupportedException("JSON content needs the encoding module's JSON writer (not merged yet).");

    internal static object? Parse(string text) =>
        throw new NotSupportedException("JSON content needs the encoding module's JSON reader (not merged yet).");
}

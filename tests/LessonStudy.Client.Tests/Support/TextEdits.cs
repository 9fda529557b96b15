using LessonStudy.Crdt;

namespace LessonStudy.Client.Tests.Support;

/// <summary>Small random edits to the <c>content</c> text, as a typist makes them.</summary>
internal static class TextEdits
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    public static void RandomEdit(Doc doc, Random random)
    {
        var text = doc.GetText("content");
        var length = text.Length;
        if (length > 0 && random.NextDouble() < 0.35)
        {
            var index = random.Next(length);
            text.Delete(index, Math.Min(1 + random.Next(3), length - index));
            return;
        }

        var chars = new char[1 + random.Next(4)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Letters[random.Next(Letters.Length)];
        }

        text.Insert(random.Next(length + 1), new string(chars));
    }
}

using System.Text;

namespace LessonStudy.Server.Features.Rendering;

/// <summary>
/// The download name of a Word export, as teachers file them: <c>第1轮·授课版-荷花.docx</c>. Characters that
/// Windows, macOS or a header cannot carry (<c>\ / : * ? " &lt; &gt; |</c>, control characters) become
/// <c>_</c>; the name is cut to a length every file system accepts. The response carries it as an RFC 5987
/// UTF-8 <c>filename*</c> (with an ASCII fallback), so the Chinese survives the download.
/// </summary>
public static class DocxFileName
{
    private const int MaxStemLength = 120;

    public static string For(string versionName, string title)
    {
        var stem = string.IsNullOrWhiteSpace(title) ? versionName : $"{versionName}-{title}";
        var clean = new StringBuilder(stem.Length);
        foreach (var rune in stem.Trim().EnumerateRunes())
        {
            if (clean.Length >= MaxStemLength)
            {
                break;
            }

            clean.Append(Rune.IsControl(rune) || rune.Value is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? "_" : rune.ToString());
        }

        var name = clean.ToString().Trim().TrimEnd('.');
        return $"{(name.Length == 0 ? "教案" : name)}.docx";
    }
}

using LessonStudy.Server.Features.Rendering;

namespace LessonStudy.Server.Tests.Rendering;

public sealed class DocxFileNameTests
{
    [Theory]
    [InlineData("第1轮·授课版", "荷花", "第1轮·授课版-荷花.docx")]
    [InlineData("定稿", "《春》", "定稿-《春》.docx")]
    [InlineData("第2轮·交流稿", "a/b\\c:d*e?f\"g<h>i|j", "第2轮·交流稿-a_b_c_d_e_f_g_h_i_j.docx")]
    [InlineData("手动", "  ", "手动.docx")]
    [InlineData("v", "line\nbreak\ttab", "v-line_break_tab.docx")]
    [InlineData("...", "", "教案.docx")]
    public void For_VersionAndTitle_SafeFileName(string versionName, string title, string expected)
    {
        Assert.Equal(expected, DocxFileName.For(versionName, title));
    }

    [Fact]
    public void For_VeryLongTitle_IsCutWithoutSplittingCharacters()
    {
        var name = DocxFileName.For("定稿", string.Concat(Enumerable.Repeat("😀荷", 200)));

        Assert.EndsWith(".docx", name, StringComparison.Ordinal);
        Assert.InRange(name.Length, 100, 130);
        Assert.DoesNotContain(System.Text.Rune.ReplacementChar, name.EnumerateRunes()); // a lone surrogate reads as U+FFFD
    }
}

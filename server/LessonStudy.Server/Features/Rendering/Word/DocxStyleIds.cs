namespace LessonStudy.Server.Features.Rendering.Word;

/// <summary>The paragraph styles the writer defines in <see cref="DocxStyles"/> and uses in the body.</summary>
internal static class DocxStyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string PlanInfo = "PlanInfo";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Quote = "Quote";
    public const string Code = "Code";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string TableText = "TableText";

    public static string Heading(int level) => level switch
    {
        1 => Heading1,
        2 => Heading2,
        _ => Heading3,
    };
}

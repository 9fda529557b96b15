namespace LessonStudy.Contracts.Collaboration;

/// <summary>Stage names carried by <see cref="JoinResult.Stage"/>.</summary>
public static class DocumentStages
{
    /// <summary>A plain shared document that no lesson plan owns: its owner and members decide.</summary>
    public const string Document = "document";
}

namespace LessonStudy.Contracts.Collaboration;

/// <summary>The first varuint of every hub frame, as y-websocket numbers its messages.</summary>
public enum FrameType
{
    Sync = 0,
    Awareness = 1,
}

namespace LessonStudy.Server.Features.Collaboration;

/// <summary>A frame the room refused; nothing was applied. The hub turns it into a HubException.</summary>
public sealed class RoomRejectedException : Exception
{
    public RoomRejectedException() { }
    public RoomRejectedException(string message) : base(message) { }
    public RoomRejectedException(string message, Exception inner) : base(message, inner) { }
}

namespace LessonStudy.Client;

/// <summary>Where a <see cref="CollabClient"/>'s connection stands.</summary>
public enum CollabConnectionState
{
    /// <summary>Connected; open documents are (being) rejoined.</summary>
    Connected,

    /// <summary>The connection dropped; the client keeps trying. Edits stay local until it is back.</summary>
    Reconnecting,

    /// <summary>Disposed; nothing more happens.</summary>
    Disposed,
}

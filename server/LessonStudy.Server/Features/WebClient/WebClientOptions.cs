namespace LessonStudy.Server.Features.WebClient;

/// <summary>Configuration section <c>WebClient</c>.</summary>
public sealed class WebClientOptions
{
    public const string Section = "WebClient";

    /// <summary>Folder of the built client (holds index.html). Default: <c>client/web/dist</c> found by
    /// walking up from the content root.</summary>
    public string? Path { get; set; }
}

namespace LessonStudy.Server.Features.Health;

/// <summary>
/// The one meter every feature records into (collaboration, storage, documents). <see cref="HealthSetup"/>
/// exports it; create it with <c>IMeterFactory.Create(ServerMeter.Name)</c>, which shares one instance per name.
/// </summary>
public static class ServerMeter
{
    public const string Name = "LessonStudy.Server";
}

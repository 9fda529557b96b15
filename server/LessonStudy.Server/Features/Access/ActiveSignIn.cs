namespace LessonStudy.Server.Features.Access;

/// <summary>The sign-in this server runs with (a singleton, decided at startup).</summary>
public sealed record ActiveSignIn(SignInMode Mode);

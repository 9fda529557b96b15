namespace LessonStudy.TestKit;

/// <summary>Environment variables that make the randomized and oracle tests run longer.</summary>
public static class TestKnobs
{
    /// <summary>A positive integer from the environment, or <paramref name="fallback"/>.</summary>
    public static int Int(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}

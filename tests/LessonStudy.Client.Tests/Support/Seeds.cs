using Xunit.Sdk;

namespace LessonStudy.Client.Tests.Support;

/// <summary>Seeded randomness: the seed comes from <c>CLIENT_TEST_SEED</c> or is fresh, and is printed on failure.</summary>
internal static class Seeds
{
    public static int Next() =>
        int.TryParse(Environment.GetEnvironmentVariable("CLIENT_TEST_SEED"), out var seed) ? seed : Random.Shared.Next();

    /// <summary>Runs <paramref name="test"/>; a failure is rethrown with the seed that reproduces it.</summary>
    public static async Task RunAsync(int seed, Func<Random, Task> test)
    {
        try
        {
            await test(new Random(seed));
        }
        catch (Exception ex)
        {
            throw new XunitException($"Failed with seed {seed} (rerun with CLIENT_TEST_SEED={seed}): {ex.GetType().Name}: {ex.Message}{Environment.NewLine}{ex.StackTrace}");
        }
    }
}

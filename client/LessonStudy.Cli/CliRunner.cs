using System.CommandLine;

namespace LessonStudy.Cli;

/// <summary>
/// Runs a parsed command with the contract's error behaviour: exit 0 on success; on bad usage or
/// malformed input a non-zero exit and exactly one line on stderr.
/// </summary>
internal static class CliRunner
{
    public const int UsageError = 2;
    public const int InputError = 1;

    public static int Run(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            Console.Error.WriteLine($"lessonstudy: {parsed.Errors[0].Message} (see --help)");
            return UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CliInputException ex)
        {
            Console.Error.WriteLine($"lessonstudy: {ex.Message}");
            return InputError;
        }
    }
}

namespace LessonStudy.Cli;

/// <summary>Input the command cannot use: a missing file, malformed bytes. Reported as one line.</summary>
internal sealed class CliInputException : Exception
{
    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public CliInputException()
    {
    }
}

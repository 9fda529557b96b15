using System.CommandLine;
using LessonStudy.Cli;
using LessonStudy.Cli.Crdt;

var root = new RootCommand("LessonStudy command line: tools for lesson-plan documents.")
{
    CrdtCommand.Create(),
};

return CliRunner.Run(root, args);

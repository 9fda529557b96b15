using System.CommandLine;
using LessonStudy.Crdt;
using LessonStudy.Crdt.Inspection;
using LessonStudy.Crdt.Updates;

namespace LessonStudy.Cli.Crdt;

/// <summary>
/// The subcommands of <c>crdt</c>, exactly as the design contract fixes them. Each reads its
/// inputs, runs one engine operation and writes one output.
/// </summary>
internal static class CrdtSubcommands
{
    public static IEnumerable<Command> All() =>
        [Dump(), Encode(), Merge(), Diff(), StateVector(), Convert()];

    private static Option<bool> V2Option() => new("--v2") { Description = "Inputs are v2 updates (default v1)." };

    private static Option<string> OutputOption() => new("--output", "-o")
    {
        Description = "File to write.",
        Required = true,
    };

    private static Command Dump()
    {
        var files = new Argument<string[]>("FILE") { Description = "Updates to apply, in order.", Arity = ArgumentArity.OneOrMore };
        var v2 = V2Option();
        var types = new Option<string[]>("--type")
        {
            Description = "The kind of a root: NAME=text|map|array|xml (repeatable). Others are inferred.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("dump", "Apply updates to one fresh document and print {rootName: value} as JSON.") { files, v2, types };
        command.SetAction(parse =>
        {
            var hints = RootHints.Parse(parse.GetValue(types) ?? []);
            var doc = new Doc();
            foreach (var path in parse.GetValue(files) ?? [])
            {
                var bytes = CliFiles.Read(path);
                CliFiles.Decode(path, () => Apply(doc, bytes, parse.GetValue(v2)));
            }

            Console.Out.WriteLine(DocumentJson.ToJson(doc, hints));
            return 0;
        });
        return command;
    }

    private static Command Encode()
    {
        var file = new Argument<string>("FILE") { Description = "The update to load." };
        var v2 = V2Option();
        var output = OutputOption();
        var command = new Command("encode", "Load an update into a fresh document and write its whole state as a v1 update.") { file, v2, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var bytes = CliFiles.Read(path);
            var doc = new Doc();
            CliFiles.Decode(path, () => Apply(doc, bytes, parse.GetValue(v2)));
            CliFiles.Write(parse.GetValue(output)!, doc.EncodeStateAsUpdate());
            return 0;
        });
        return command;
    }

    private static Command Merge()
    {
        var files = new Argument<string[]>("FILE") { Description = "Updates to merge.", Arity = ArgumentArity.OneOrMore };
        var v2 = V2Option();
        var output = OutputOption();
        var command = new Command("merge", "Merge updates into one, without a document (yjs mergeUpdates).") { files, v2, output };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? [];
            var updates = paths.Select(p => (ReadOnlyMemory<byte>)CliFiles.Read(p)).ToList();
            var label = string.Join(", ", paths);
            var merged = CliFiles.Decode(label, () => parse.GetValue(v2) ? EncodedUpdates.MergeUpdatesV2(updates) : EncodedUpdates.MergeUpdates(updates));
            CliFiles.Write(parse.GetValue(output)!, merged);
            return 0;
        });
        return command;
    }

    private static Command Diff()
    {
        var update = new Argument<string>("UPDATE") { Description = "The update." };
        var sv = new Argument<string>("STATEVECTOR") { Description = "The state vector the receiver has." };
        var v2 = V2Option();
        var output = OutputOption();
        var command = new Command("diff", "What UPDATE has beyond STATEVECTOR (yjs diffUpdate).") { update, sv, v2, output };
        command.SetAction(parse =>
        {
            var updatePath = parse.GetValue(update)!;
            var svPath = parse.GetValue(sv)!;
            var u = CliFiles.Read(updatePath);
            var s = CliFiles.Read(svPath);
            var diff = CliFiles.Decode($"{updatePath}, {svPath}", () => parse.GetValue(v2) ? EncodedUpdates.DiffUpdateV2(u, s) : EncodedUpdates.DiffUpdate(u, s));
            CliFiles.Write(parse.GetValue(output)!, diff);
            return 0;
        });
        return command;
    }

    private static Command StateVector()
    {
        var update = new Argument<string>("UPDATE") { Description = "The update." };
        var v2 = V2Option();
        var output = OutputOption();
        var command = new Command("sv", "The state vector of an update (yjs encodeStateVectorFromUpdate).") { update, v2, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(update)!;
            var u = CliFiles.Read(path);
            var sv = CliFiles.Decode(path, () => parse.GetValue(v2) ? EncodedUpdates.EncodeStateVectorFromUpdateV2(u) : EncodedUpdates.EncodeStateVectorFromUpdate(u));
            CliFiles.Write(parse.GetValue(output)!, sv);
            return 0;
        });
        return command;
    }

    private static Command Convert()
    {
        var to = new Option<string>("--to") { Description = "Target format.", Required = true };
        to.AcceptOnlyFromAmong("v1", "v2");
        var file = new Argument<string>("FILE") { Description = "The update to convert (in the other format)." };
        var output = OutputOption();
        var command = new Command("convert", "Convert an update between the v1 and v2 formats.") { to, file, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var u = CliFiles.Read(path);
            var converted = CliFiles.Decode(path, () => parse.GetValue(to) == "v2"
                ? EncodedUpdates.ConvertUpdateFormatV1ToV2(u)
                : EncodedUpdates.ConvertUpdateFormatV2ToV1(u));
            CliFiles.Write(parse.GetValue(output)!, converted);
            return 0;
        });
        return command;
    }

    private static bool Apply(Doc doc, byte[] bytes, bool v2)
    {
        if (v2)
        {
            doc.ApplyUpdateV2(bytes);
        }
        else
        {
            doc.ApplyUpdate(bytes);
        }

        return true;
    }
}

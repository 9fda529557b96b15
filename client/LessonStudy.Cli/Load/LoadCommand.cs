using System.CommandLine;
using System.Globalization;
using Microsoft.AspNetCore.SignalR;

namespace LessonStudy.Cli.Load;

/// <summary>
/// <c>lessonstudy load</c>: drives N documents × M editors typing against a running server and reports
/// edit→peer latency, acknowledged updates per second, ack latency and (given its pid) the server's
/// CPU and memory. Needs the server's development sign-in.
/// </summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "The server's base address, e.g. http://127.0.0.1:5000.", Required = true };
        var documents = new Option<int>("--documents") { Description = "Documents (N).", DefaultValueFactory = _ => 40 };
        var editors = new Option<int>("--editors") { Description = "Editors per document (M), one connection each.", DefaultValueFactory = _ => 5 };
        var rate = new Option<double>("--rate") { Description = "Edits per second per editor.", DefaultValueFactory = _ => 5 };
        var duration = new Option<double>("--duration") { Description = "Measured seconds.", DefaultValueFactory = _ => 30 };
        var warmup = new Option<double>("--warmup") { Description = "Seconds of typing before measuring.", DefaultValueFactory = _ => 5 };
        var serverPid = new Option<int?>("--server-pid") { Description = "Sample this process's CPU and RSS from /proc." };
        var seed = new Option<int>("--seed") { Description = "Seed of the editors' random edits.", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var command = new Command("load", "Drive N documents x M editors typing against a server and report latency and throughput.")
        {
            url, documents, editors, rate, duration, warmup, serverPid, seed, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new LoadSettings(
                ParseUrl(parse.GetValue(url)!),
                AtLeast("--documents", parse.GetValue(documents), 1),
                AtLeast("--editors", parse.GetValue(editors), 2),
                Positive("--rate", parse.GetValue(rate)),
                TimeSpan.FromSeconds(Positive("--duration", parse.GetValue(duration))),
                TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(warmup))),
                parse.GetValue(serverPid),
                parse.GetValue(seed),
                parse.GetValue(json));
            var progress = settings.Json ? TextWriter.Null : Console.Error;
            LoadReport report;
            try
            {
                report = await new LoadRun(settings, progress).RunAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or HubException or IOException)
            {
                throw new CliInputException($"load: {ex.Message}", ex);
            }

            Console.Out.Write(settings.Json ? report.ToJson() + Environment.NewLine : report.ToText());
            return 0;
        });
        return command;
    }

    private static Uri ParseUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new CliInputException($"--url {value}: not an http(s) address.");

    private static int AtLeast(string name, int value, int min) =>
        value >= min ? value : throw new CliInputException(string.Create(CultureInfo.InvariantCulture, $"{name} must be at least {min}."));

    private static double Positive(string name, double value) =>
        value > 0 ? value : throw new CliInputException($"{name} must be positive.");
}

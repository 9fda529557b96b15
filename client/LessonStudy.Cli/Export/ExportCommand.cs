using System.CommandLine;

namespace LessonStudy.Cli.Export;

/// <summary>
/// <c>lessonstudy export --url URL --token TOKEN --group ID|--plan ID -o DIR</c>: downloads the research
/// dataset of a 备课组 or a plan and unpacks it into DIR (README.md, manifest.json, jsonl/, parquet/).
/// The token may come from <c>LESSONSTUDY_TOKEN</c> instead, so it need not appear in process lists.
/// </summary>
internal static class ExportCommand
{
    public const string TokenVariable = "LESSONSTUDY_TOKEN";

    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "The server's base address, e.g. https://lessonstudy.example.edu.", Required = true };
        var token = new Option<string>("--token") { Description = $"A bearer token (default: the {TokenVariable} environment variable)." };
        var group = new Option<string>("--group") { Description = "Export this 备课组 (leaders and admins)." };
        var plan = new Option<string>("--plan") { Description = "Export this plan (its teacher, the group's leaders, admins)." };
        var output = new Option<string>("--output", "-o") { Description = "Folder to unpack the dataset into (created if missing).", Required = true };
        var command = new Command("export", "Download the research dataset (JSON lines + Parquet) of a group or a plan.") { url, token, group, plan, output };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(group) is null) == (result.GetValue(plan) is null))
            {
                result.AddError("Give exactly one of --group and --plan.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var bearer = parse.GetValue(token) ?? Environment.GetEnvironmentVariable(TokenVariable);
            if (string.IsNullOrWhiteSpace(bearer))
            {
                throw new CliInputException($"no token: pass --token or set {TokenVariable}");
            }

            var request = parse.GetValue(group) is { } groupId ? ExportRequest.ForGroup(groupId) : ExportRequest.ForPlan(parse.GetValue(plan)!);
            var summary = await ExportDownload.RunAsync(ServerAddress(parse.GetValue(url)!), bearer, request, parse.GetValue(output)!, cancellationToken)
                .ConfigureAwait(false);
            await Console.Out.WriteLineAsync(summary).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Uri ServerAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"
            ? address
            : throw new CliInputException($"--url '{url}' is not an http(s) address");
}

using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace LessonStudy.Cli.Export;

/// <summary>
/// Downloads the dataset zip and unpacks it. A refused request becomes one line naming the status and the
/// server's problem title; the zip is unpacked only whole (to a temporary folder first, then moved in), so
/// DIR never holds half a dataset; entries that would land outside DIR are refused.
/// </summary>
internal static class ExportDownload
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static async Task<string> RunAsync(Uri server, string token, ExportRequest request, string outputFolder, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = Timeout };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        byte[] zip;
        try
        {
            using var response = await http.GetAsync(request.Path, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new CliInputException(
                    $"the server refused the {request.Scope} export {request.Id}: {(int)response.StatusCode} {Describe(response.StatusCode, await ProblemTitleAsync(response, cancellationToken).ConfigureAwait(false))}");
            }

            zip = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new CliInputException($"cannot reach {server}: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliInputException($"{server} did not answer within {Timeout.TotalMinutes} minutes", ex);
        }

        var entries = Unpack(zip, outputFolder);
        return $"{request.Scope} {request.Id}: {entries} files in {Path.GetFullPath(outputFolder)}";
    }

    private static int Unpack(byte[] zip, string outputFolder)
    {
        var target = Path.GetFullPath(outputFolder);
        var staging = Path.Combine(Path.GetTempPath(), "lessonstudy-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
            {
                // ExtractToDirectory refuses entries whose paths leave the folder.
                archive.ExtractToDirectory(staging, overwriteFiles: true);
            }

            Directory.CreateDirectory(target);
            var count = 0;
            foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
            {
                var destination = Path.Combine(target, Path.GetRelativePath(staging, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Move(file, destination, overwrite: true);
                count++;
            }

            return count;
        }
        catch (InvalidDataException ex)
        {
            throw new CliInputException($"the server's answer is not a readable zip: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"cannot write '{target}': {ex.Message}", ex);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static string Describe(HttpStatusCode status, string? title) => title ?? status switch
    {
        HttpStatusCode.Unauthorized => "the token was not accepted",
        HttpStatusCode.Forbidden => "you may not export this",
        HttpStatusCode.NotFound => "no such group or plan (or you cannot see it)",
        _ => status.ToString(),
    };

    private static async Task<string?> ProblemTitleAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

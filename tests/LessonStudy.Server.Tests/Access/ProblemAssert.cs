using System.Net;
using System.Text.Json;

namespace LessonStudy.Server.Tests.Access;

/// <summary>Asserts on RFC 9457 problem answers.</summary>
internal static class ProblemAssert
{
    /// <summary>400 with a problem+json body; when <paramref name="field"/> is given, its errors mention it.</summary>
    public static async Task BadRequestAsync(HttpResponseMessage response, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            using var json = JsonDocument.Parse(body);
            Assert.True(json.RootElement.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"no error for '{field}' in {body}");
        }
    }
}

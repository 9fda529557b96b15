using Microsoft.Extensions.Options;

namespace LessonStudy.Server.Features.Records;

/// <summary>Fails the start with one message per "Records:*" key out of range.</summary>
internal sealed class RecordLogOptionsValidator : IValidateOptions<RecordLogOptions>
{
    public ValidateOptionsResult Validate(string? name, RecordLogOptions options)
    {
        var errors = RecordLogOptions.Validate(options).ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

using LessonStudy.Server.Features.Persistence.Log;
using Microsoft.Extensions.Options;

namespace LessonStudy.Server.Features.Persistence;

/// <summary>Fails the start with one message per wrong "Storage:*" key, saying what is expected.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var errors = new List<string>();
        switch (options.Provider)
        {
            case StorageOptions.LocalFolderProvider:
                if (string.IsNullOrWhiteSpace(options.LocalFolder.Path))
                {
                    errors.Add("Storage:LocalFolder:Path must name a folder (default ./data).");
                }

                break;
            case StorageOptions.AzureBlobProvider:
                if (string.IsNullOrWhiteSpace(options.AzureBlob.ConnectionString))
                {
                    errors.Add("Storage:AzureBlob:ConnectionString is required when Storage:Provider is AzureBlob.");
                }

                break;
            default:
                errors.Add($"Storage:Provider must be '{StorageOptions.LocalFolderProvider}' or '{StorageOptions.AzureBlobProvider}', not '{options.Provider}'.");
                break;
        }

        if (!IsValidContainerName(options.Container))
        {
            errors.Add($"Storage:Container '{options.Container}' is not a valid container name: 3 to 63 of a-z, 0-9 and '-', starting and ending with a letter or digit, no '--'.");
        }

        if (!StorageNodeId.IsValid(options.NodeId))
        {
            errors.Add($"Storage:NodeId '{options.NodeId}' is not valid: 1 to {StorageNodeId.MaxLength} of a-z, 0-9, '-' and '_'.");
        }

        errors.AddRange(DocumentLogOptions.Validate(options.Log).Select(error => "Storage:Log:" + error));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsValidContainerName(string? container) =>
        container is { Length: >= 3 and <= 63 }
        && char.IsAsciiLetterOrDigit(container[0])
        && char.IsAsciiLetterOrDigit(container[^1])
        && !container.Contains("--", StringComparison.Ordinal)
        && container.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
}

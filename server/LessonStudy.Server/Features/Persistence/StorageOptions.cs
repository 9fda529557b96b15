using LessonStudy.Server.Features.Persistence.Log;

namespace LessonStudy.Server.Features.Persistence;

/// <summary>The "Storage" configuration section; checked at start by <see cref="StorageOptionsValidator"/>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string LocalFolderProvider = "LocalFolder";
    public const string AzureBlobProvider = "AzureBlob";

    /// <summary><see cref="LocalFolderProvider"/> (the default) or <see cref="AzureBlobProvider"/>.</summary>
    public string Provider { get; set; } = LocalFolderProvider;

    /// <summary>The Azure container holding every blob (Azure naming rules).</summary>
    public string Container { get; set; } = "lessonstudy";

    /// <summary>This server node's name in log segment names; when unset, derived from the machine name.</summary>
    public string? NodeId { get; set; }

    public LocalFolderStorageOptions LocalFolder { get; set; } = new();

    public AzureBlobStorageOptions AzureBlob { get; set; } = new();

    /// <summary>Segment and block limits of the document log ("Storage:Log").</summary>
    public DocumentLogOptions Log { get; set; } = new();
}

public sealed class LocalFolderStorageOptions
{
    /// <summary>The folder, relative to the current directory unless absolute.</summary>
    public string Path { get; set; } = "./data";
}

public sealed class AzureBlobStorageOptions
{
    /// <summary>An Azure Storage connection string (Azurite's works too). Never logged.</summary>
    public string? ConnectionString { get; set; }
}

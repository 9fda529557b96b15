namespace LessonStudy.Server.Features.Exports;

/// <summary>The value types a dataset column may hold; every column is nullable.</summary>
public enum DatasetType
{
    Text,
    Int,
    Long,
    Real,
    Bool,

    /// <summary>An instant in UTC (Parquet TIMESTAMP(MILLIS, UTC); ISO 8601 with "Z" in JSON lines).</summary>
    Timestamp,
}

/// <summary>One column of a dataset table: its name (snake_case), type and what it means to an analyst.</summary>
public sealed record DatasetColumn(string Name, DatasetType Type, string Meaning)
{
    /// <summary>The type's name in the README, as Parquet readers show it.</summary>
    public string TypeName => Type switch
    {
        DatasetType.Text => "string (UTF-8)",
        DatasetType.Int => "int32",
        DatasetType.Long => "int64",
        DatasetType.Real => "double",
        DatasetType.Bool => "boolean",
        _ => "timestamp (UTC, ms)",
    };

    /// <summary>The type's short name in manifest.json.</summary>
    public string TypeKey => Type switch
    {
        DatasetType.Text => "string",
        DatasetType.Int => "int32",
        DatasetType.Long => "int64",
        DatasetType.Real => "double",
        DatasetType.Bool => "boolean",
        _ => "timestamp",
    };

    /// <summary>Whether <paramref name="value"/> fits this column.</summary>
    public bool Accepts(object? value) => value is null || Type switch
    {
        DatasetType.Text => value is string,
        DatasetType.Int => value is int,
        DatasetType.Long => value is long,
        DatasetType.Real => value is double,
        DatasetType.Bool => value is bool,
        _ => value is DateTimeOffset,
    };
}

namespace LessonStudy.Server.Features.Exports;

/// <summary>
/// One table of the research dataset: its definition (<see cref="DatasetTableDefinition"/>) and its rows,
/// each an array of values in column order. Both the JSON lines and the Parquet file are written from it.
/// </summary>
public sealed class DatasetTable(DatasetTableDefinition definition)
{
    private readonly List<object?[]> rows = [];

    public DatasetTableDefinition Definition { get; } = definition;

    public string Name => Definition.Name;

    public IReadOnlyList<DatasetColumn> Columns => Definition.Columns;

    public IReadOnlyList<object?[]> Rows => rows;

    /// <summary>Adds a row; its values must match the columns in number and type.</summary>
    public void Add(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != Columns.Count)
        {
            throw new ArgumentException($"Table {Name} has {Columns.Count} columns; a row of {values.Length} values was given.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!Columns[i].Accepts(values[i]))
            {
                throw new ArgumentException($"Table {Name}, column {Columns[i].Name} ({Columns[i].Type}) cannot hold a {values[i]!.GetType().Name}.", nameof(values));
            }
        }

        rows.Add(values);
    }
}

/// <summary>A table's name (snake_case, also the file names), what one row is, and its columns.</summary>
public sealed record DatasetTableDefinition(string Name, string Meaning, IReadOnlyList<DatasetColumn> Columns)
{
    public DatasetTable CreateTable() => new(this);
}

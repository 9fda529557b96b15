namespace LessonStudy.Server.Features.Exports;

/// <summary>
/// A research dataset for one group or one plan: its tables (in <see cref="DatasetTables"/> order) and
/// what it covers. Written as a zip by <see cref="DatasetZip"/>.
/// </summary>
public sealed record Dataset(
    string Scope,
    string ScopeId,
    string Title,
    DateTimeOffset ExportedAt,
    string ExportedBy,
    IReadOnlyList<DatasetTable> Tables)
{
    /// <summary>Raised when a table or column changes meaning or type; adding one does not.</summary>
    public const int SchemaVersion = 1;

    public const string GroupScope = "group";
    public const string PlanScope = "plan";

    public DatasetTable this[string name] => Tables.Single(t => t.Name == name);
}

namespace Discharge.Domain.Episodes.Decisions;

/// <summary>What a command's fields lack, field by field, in the order found: a notice's missing statutory contents.</summary>
public sealed class FieldFaults
{
    private readonly Dictionary<string, string[]> faults = [];

    public bool Any => faults.Count > 0;

    public IReadOnlyDictionary<string, string[]> ByField => faults;

    public FieldFaults Add(string field, string message)
    {
        faults[field] = faults.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
        return this;
    }

    public FieldFaults Require(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? Add(field, "Required.") : this;

    public FieldFaults Require<T>(string field, T? value) where T : struct =>
        value is null ? Add(field, "Required.") : this;

    /// <summary>The refusal of a notice lacking these contents, or null when it lacks none.</summary>
    public Refusal? ContentsMissing(string notice, string regulation) =>
        Any ? Refusal.ContentsMissing(notice, regulation, faults) : null;
}

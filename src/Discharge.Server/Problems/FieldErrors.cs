using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Problems;

/// <summary>Collects per-field errors; no errors means the request may go on (Wolverine's "no problems").</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> errors = [];

    public bool Any => errors.Count > 0;

    public FieldErrors Add(string field, string message)
    {
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
        return this;
    }

    public FieldErrors Require(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? Add(field, "Required.") : this;

    public FieldErrors Require<T>(string field, T? value) where T : struct =>
        value is null ? Add(field, "Required.") : this;

    public FieldErrors NotInFuture(string field, Instant? value, IClock clock) =>
        value > clock.GetCurrentInstant() ? Add(field, "Cannot be in the future.") : this;

    /// <summary>400 validation problem details, or Wolverine's signal to continue.</summary>
    public ProblemDetails ToProblem() => Any ? DischargeProblems.Invalid(errors) : WolverineContinue.NoProblems;

    /// <summary>422: the notice lacks contents the regulations require; each field names its rule.</summary>
    public ProblemDetails? ToStatutoryProblem(string notice, string regulation) => Any
        ? new ValidationProblemDetails(errors)
        {
            Type = DischargeProblems.TypeBase + "statutory-contents-missing",
            Title = $"The {notice} lacks contents required by {regulation}.",
            Status = StatusCodes.Status422UnprocessableEntity,
        }
        : null;
}

using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Problems;

/// <summary>Collects per-field errors; no errors means the request may go on (Wolverine's "no problems").</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> errors = [];

    public bool Any => errors.Count > 0;

    /// <summary>Starts the checks of a command's body: a JSON <c>null</c> binds no command at all, and is refused like a missing field.</summary>
    public static FieldErrors For(object? command) =>
        command is null ? new FieldErrors().Add("$", "The body must be a JSON object.") : new FieldErrors();

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

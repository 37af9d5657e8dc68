using Discharge.Domain.Episodes.Decisions;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Problems;

/// <summary>Collects per-field errors of a request; no errors means the request may go on (Wolverine's "no problems").</summary>
public sealed class FieldErrors
{
    /// <summary>The errors so far, to which a domain rule (a notice's statutory contents) may add its own.</summary>
    public FieldFaults Faults { get; } = new();

    public bool Any => Faults.Any;

    /// <summary>Starts the checks of a command's body: a JSON <c>null</c> binds no command at all, and is refused like a missing field.</summary>
    public static FieldErrors For(object? command) =>
        command is null ? new FieldErrors().Add("$", "The body must be a JSON object.") : new FieldErrors();

    public FieldErrors Add(string field, string message)
    {
        Faults.Add(field, message);
        return this;
    }

    public FieldErrors Require(string field, string? value)
    {
        Faults.Require(field, value);
        return this;
    }

    public FieldErrors Require<T>(string field, T? value) where T : struct
    {
        Faults.Require(field, value);
        return this;
    }

    public FieldErrors NotInFuture(string field, Instant? value, IClock clock) =>
        value > clock.GetCurrentInstant() ? Add(field, "Cannot be in the future.") : this;

    /// <summary>400 validation problem details, or Wolverine's signal to continue.</summary>
    public ProblemDetails ToProblem() => Any ? DischargeProblems.Invalid(Faults.ByField.ToDictionary()) : WolverineContinue.NoProblems;
}

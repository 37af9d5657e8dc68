using Discharge.Server.Problems;
using Discharge.Server.Reporting;
using NodaTime;

namespace Discharge.Server.Audit.CommandLine;

/// <summary>Reads the flags an action takes, telling what is wrong with one in one line on standard error.</summary>
internal static class AuditFlags
{
    /// <summary>The days from <c>--from</c> to <c>--to</c>: both or neither unless <paramref name="required"/>; null (and the fault written) when wrong.</summary>
    public static async Task<(bool Valid, DateWindow? Window)> WindowAsync(AuditInput input, bool required, TextWriter errors)
    {
        if (!required && input.FromFlag is null && input.ToFlag is null)
        {
            return (true, null);
        }

        var faults = new FieldErrors();
        if (ReportInput.Window(faults, input.FromFlag, input.ToFlag) is { } window)
        {
            return (true, window);
        }

        foreach (var (flag, messages) in faults.Faults.ByField)
        {
            await errors.WriteLineAsync($"error: --{flag}: {string.Join(" ", messages)}");
        }

        return (false, null);
    }

    public static LocalDate Today(IServiceProvider services) =>
        services.GetRequiredService<Domain.Rules.DischargeRules>().Today(services.GetRequiredService<IClock>());
}

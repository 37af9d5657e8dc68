using JasperFx.CommandLine;
using NodaTime;

namespace Discharge.Server.Calculator;

/// <summary>
/// Lists <c>calc</c> among the commands of <c>help</c>. Program runs the calculator, and answers <c>help calc</c>,
/// before JasperFx or the host is reached; should JasperFx dispatch it, the same command runs.
/// </summary>
[Description("Computes a scenario's liability as JSON, without a database (help calc: its usage)", Name = CalculatorCommand.Name)]
public sealed class CalculatorHelpEntry : JasperFxCommand<CalculatorHelpEntry.Arguments>
{
    public override bool Execute(Arguments input) => CalculatorCommand.Run(
        input.ReferenceDataFlag is { } directory ? [input.File, "--reference-data", directory] : [input.File],
        Console.In, Console.Out, Console.Error, SystemClock.Instance) == 0;

    public sealed class Arguments
    {
        [Description("The scenario file, or '-' for standard input")]
        public string File { get; set; } = "";

        [Description("A folder whose files replace the built-in reference tables of the same name")]
        [FlagAlias("reference-data")]
        public string? ReferenceDataFlag { get; set; }
    }
}

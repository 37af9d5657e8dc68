using FsCheck.Xunit;

[assembly: Discharge.Domain.Tests.Properties.ReplayFromEnvironment]

namespace Discharge.Domain.Tests.Properties;

/// <summary>
/// A failing property prints the seed it started from, e.g. "Falsifiable, after 12 tests (3 shrinks)
/// (10333802694858096737,13365262137747244545)". Setting <see cref="Variable"/> to that pair replays every
/// property of the run from it: <c>FSCHECK_REPLAY=10333802694858096737,13365262137747244545 dotnet test</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ReplayFromEnvironmentAttribute : PropertiesAttribute
{
    public const string Variable = "FSCHECK_REPLAY";

    public ReplayFromEnvironmentAttribute() => Replay = Environment.GetEnvironmentVariable(Variable);
}

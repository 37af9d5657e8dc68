using JasperFx.CommandLine;

namespace Discharge.Server.Identity;

/// <summary>
/// Lists <c>token</c> among the commands of <c>help</c>. Program mints the token, and answers <c>help token</c>,
/// before JasperFx or the host is reached, so this entry only describes it.
/// </summary>
[Description("Prints a bearer token signed with the local key, without a database (help token: its usage)", Name = TokenCommand.Name)]
public sealed class TokenHelpEntry : JasperFxCommand<TokenHelpEntry.Arguments>
{
    public override bool Execute(Arguments input) => throw new InvalidOperationException("Program runs the token command before JasperFx.");

    public sealed class Arguments;
}

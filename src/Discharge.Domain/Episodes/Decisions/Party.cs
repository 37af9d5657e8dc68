namespace Discharge.Domain.Episodes.Decisions;

/// <summary>The two parties to an episode.</summary>
public enum Party
{
    NhsBody,
    Council,
}

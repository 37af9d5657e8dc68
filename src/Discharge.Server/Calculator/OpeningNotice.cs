using Discharge.Domain;
using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;

namespace Discharge.Server.Calculator;

/// <summary>
/// The calculator refuses a scenario only where the API would refuse the whole episode: when the assessment notice
/// that opens it fails a register rule (an NHS body or council unknown, Welsh, or not in existence that day), the API
/// answers 422 and no episode exists. Any later register failure is flagged in the result, as the engine flags it.
/// </summary>
internal static class OpeningNotice
{
    private static readonly HashSet<string> RegisterDefects = new(StringComparer.Ordinal)
    {
        NoticeDefects.NhsBodyNotInRegister.Code,
        NoticeDefects.NhsBodyNotInExistence.Code,
        NoticeDefects.CouncilOutsideEngland.Code,
        NoticeDefects.CouncilNotInExistence.Code,
    };

    /// <summary>Throws a <see cref="DataFileException"/> naming the event and the register's reason.</summary>
    public static void RequireAccepted(Scenario scenario, EpisodeLiability liability, string file)
    {
        var opening = scenario.Events.ToList().FindIndex(e => e is AssessmentNoticeGiven);
        foreach (var defective in liability.DefectiveNotices)
        {
            if (defective.EventIndex == opening && RegisterDefects.Contains(defective.Defect.Code))
            {
                throw new DataFileException(
                    $"{file}: $.events[{opening}]: the API would refuse the assessment notice that opens the episode ({defective.Defect.Code}): {defective.Defect.Description}");
            }
        }
    }
}

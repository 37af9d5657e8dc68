using Discharge.Domain.Episodes;
using Discharge.Domain.Rules;

namespace Discharge.Domain.Liability;

/// <summary>
/// Which care keeps a patient in the scheme (rules.md §3.3): acute care, and under the 2003 Act also acute care the
/// patient pays for, because the undertaking-to-pay exclusion is the Care Act's (Sch 3 para 7(7)) and no 2003 rule
/// excludes it (docs/rules.md#chargeable-2003-self-funded).
/// </summary>
public static class QualifyingCare
{
    public static bool Qualifies(CareSetting setting, Regime regime) =>
        setting == CareSetting.Acute || (setting == CareSetting.SelfFunded && regime == Regime.Act2003);
}

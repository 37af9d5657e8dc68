using System.Text.Json.Serialization;

namespace Discharge.Domain.Rules;

/// <summary>The statutory reimbursement regime that governs a notice or a day, named by its Act in JSON.</summary>
public enum Regime
{
    /// <summary>Community Care (Delayed Discharges etc.) Act 2003 and SI 2003/2277: notices from 1 Oct 2003, days to 31 Mar 2015.</summary>
    [JsonStringEnumMemberName("act-2003")]
    Act2003,

    /// <summary>Care Act 2014 Schedule 3 and SI 2014/2823: 1 Apr 2015 to 30 Jun 2022.</summary>
    [JsonStringEnumMemberName("care-act-2014")]
    CareAct2014,
}

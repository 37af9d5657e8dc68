namespace Discharge.Domain.Liability;

/// <summary>Sums chargeable and potential days, overall and per council in the order councils first appear.</summary>
internal sealed class LiabilityTotals
{
    private Sum[] councils = new Sum[4];
    private int councilCount;

    public int ChargeableDays { get; private set; }

    public decimal Amount { get; private set; }

    public int PotentialDays { get; private set; }

    public decimal PotentialAmount { get; private set; }

    public void Clear()
    {
        councilCount = 0;
        (ChargeableDays, Amount, PotentialDays, PotentialAmount) = (0, 0m, 0, 0m);
    }

    public void Add(in LiabilityDay day)
    {
        var chargeable = day.Status == DayStatus.Chargeable;
        if (!chargeable && day.Status != DayStatus.Potential)
        {
            return;
        }

        ref var sum = ref SumFor(day.Council);
        if (chargeable)
        {
            ChargeableDays++;
            Amount += day.Rate;
            sum.Days++;
            sum.Amount += day.Rate;
        }
        else
        {
            PotentialDays++;
            PotentialAmount += day.Rate;
            sum.PotentialDays++;
            sum.PotentialAmount += day.Rate;
        }
    }

    public CouncilTotal[] ByCouncil()
    {
        if (councilCount == 0)
        {
            return [];
        }

        var totals = new CouncilTotal[councilCount];
        for (var i = 0; i < councilCount; i++)
        {
            ref var sum = ref councils[i];
            totals[i] = new CouncilTotal(sum.Council, sum.Days, sum.Amount, sum.PotentialDays, sum.PotentialAmount);
        }

        return totals;
    }

    private ref Sum SumFor(string council)
    {
        for (var i = 0; i < councilCount; i++)
        {
            if (councils[i].Council == council)
            {
                return ref councils[i];
            }
        }

        if (councilCount == councils.Length)
        {
            Array.Resize(ref councils, councilCount * 2);
        }

        councils[councilCount] = new Sum { Council = council };
        return ref councils[councilCount++];
    }

    private struct Sum
    {
        public string Council;
        public int Days;
        public decimal Amount;
        public int PotentialDays;
        public decimal PotentialAmount;
    }
}

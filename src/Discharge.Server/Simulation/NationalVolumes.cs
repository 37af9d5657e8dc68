using Discharge.Domain.Councils;
using Discharge.Domain.NhsBodies;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Server.Simulation;

/// <summary>
/// How many assessment notices are given each day, and between whom: every NHS body and council in the registers has a
/// volume of its own (a spread of sizes, fixed by the seed), and each NHS body sends most of its notices to a few home
/// councils. Only parties in existence on the day are chosen.
/// </summary>
internal sealed class NationalVolumes
{
    private readonly int noticesADay;
    private readonly int seed;
    private readonly (NhsBody Body, double Weight, Council[] Home)[] bodies;
    private readonly (Council Council, double Weight)[] councils;

    public NationalVolumes(DischargeRules rules, int seed, int noticesADay)
    {
        this.seed = seed;
        this.noticesADay = noticesADay;
        var random = new Random(seed);
        councils = [.. rules.ReferenceData.Councils.Councils.Select(c => (c, Size(random)))];
        bodies = [.. rules.ReferenceData.NhsBodies.Bodies.Select(b => (b, Size(random), Enumerable.Range(0, 3).Select(_ => councils[random.Next(councils.Length)].Council).ToArray()))];
    }

    /// <summary>The notices given nationally on <paramref name="day"/>: more on weekdays and in winter, a little noise.</summary>
    public int NoticesOn(LocalDate day)
    {
        var random = DayRandom(day, 0);
        var weekday = day.DayOfWeek switch { IsoDayOfWeek.Saturday => 0.7, IsoDayOfWeek.Sunday => 0.55, _ => 1.15 };
        var winter = day.Month is 12 or 1 or 2 ? 1.1 : 1.0;
        return (int)Math.Round(noticesADay * weekday * winter * (0.95 + (0.1 * random.NextDouble())));
    }

    /// <summary>The random source of one notice of a day (index 1 on), the same whichever order the days are made in.</summary>
    public Random DayRandom(LocalDate day, int notice) => new(unchecked((seed * 1_000_003) ^ (DayKey(day) * 65_537) ^ (notice * 7_919)));

    /// <summary>A number for each day, growing with it.</summary>
    public static int DayKey(LocalDate day) => (day.Year * 400) + day.DayOfYear;

    /// <summary>The parties in existence on <paramref name="day"/>, weighted, to pick each notice's from.</summary>
    public PartiesOfDay On(LocalDate day) => new(
        WeightedChoice.Of(bodies.Where(b => b.Body.ExistedOn(day)).Select(b => (b, b.Weight))),
        WeightedChoice.Of(councils.Where(c => c.Council.ExistedOn(day)).Select(c => (c.Council, c.Weight))),
        day);

    /// <summary>Sizes spread as a log-normal: a few large bodies and councils, many small ones.</summary>
    private static double Size(Random random) => Math.Exp(0.7 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
}

/// <summary>The NHS bodies and councils of one day, each picked in proportion to its volume.</summary>
internal sealed record PartiesOfDay(WeightedChoice<(NhsBody Body, double Weight, Council[] Home)> Bodies, WeightedChoice<Council> Councils, LocalDate Day)
{
    /// <summary>The NHS body and council of a notice: most often one of the body's home councils.</summary>
    public (NhsBody Body, Council Council) Pick(Random random)
    {
        var (body, _, home) = Bodies.Pick(random);
        var council = home[random.Next(home.Length)];
        return (body, council.ExistedOn(Day) && random.NextDouble() < 0.8 ? council : Councils.Pick(random));
    }

    /// <summary>Another council, for a transfer of responsibility.</summary>
    public Council Other(Council council, Random random)
    {
        var other = Councils.Pick(random);
        return other == council ? Councils.Pick(random) : other;
    }
}

/// <summary>Items picked at random in proportion to their weights (a binary search of the running totals).</summary>
internal sealed class WeightedChoice<T>(T[] items, double[] totals)
{
    public T Pick(Random random)
    {
        var index = Array.BinarySearch(totals, random.NextDouble() * totals[^1]);
        return items[Math.Min(index < 0 ? ~index : index, items.Length - 1)];
    }
}

internal static class WeightedChoice
{
    public static WeightedChoice<T> Of<T>(IEnumerable<(T Item, double Weight)> weighted)
    {
        var list = weighted.ToArray();
        var totals = new double[list.Length];
        var sum = 0.0;
        for (var i = 0; i < list.Length; i++)
        {
            totals[i] = sum += list[i].Weight;
        }

        return new WeightedChoice<T>([.. list.Select(w => w.Item)], totals);
    }
}

using Discharge.Server.Reporting;

namespace Discharge.Server.Tests.Reporting;

/// <summary>The reports' sums come out in their keys' order, as a sorted dictionary of the same keys would hold them.</summary>
public sealed class when_summing_by_key
{
    [Fact]
    public void the_sums_come_out_in_the_order_of_their_keys_whatever_order_they_were_added_in()
    {
        var sums = new Sums<(string Council, string Month), int>(0, (sum, days) => sum + days);

        sums.Add(("E09000031", "2015-02"), 3);
        sums.Add(("E06000015", "2015-01"), 1);
        sums.Add(("E09000031", "2015-01"), 2);
        sums.Add(("E06000015", "2015-01"), 4);

        sums.InOrder().Select(s => (s.Key.Council, s.Key.Month, s.Value)).Should().Equal(
            ("E06000015", "2015-01", 5),
            ("E09000031", "2015-01", 2),
            ("E09000031", "2015-02", 3));
    }
}

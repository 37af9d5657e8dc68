using System.Diagnostics;

namespace Discharge.Server.Tests.Support;

/// <summary>Waits for something another process does in its own time, and fails with what was awaited if it never happens.</summary>
public static class Eventually
{
    public static Task HoldsAsync(Func<bool> condition, string what, TimeSpan? within = null) =>
        HoldsAsync(() => Task.FromResult(condition()), what, within);

    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > (within ?? TimeSpan.FromMinutes(1)))
            {
                throw new TimeoutException($"Waited {waited.Elapsed} in vain for this: {what}.");
            }

            await Task.Delay(100);
        }
    }
}

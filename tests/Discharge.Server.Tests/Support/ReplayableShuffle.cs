namespace Discharge.Server.Tests.Support;

/// <summary>
/// Randomness a failure can be replayed from: the seed is <see cref="Variable"/> when set, otherwise a fresh one,
/// and a failure names it (<c>TEST_SHUFFLE_SEED=1234 dotnet test --filter ...</c> replays that order).
/// </summary>
public static class ReplayableShuffle
{
    public const string Variable = "TEST_SHUFFLE_SEED";

    public static async Task WithSeedAsync(Func<Random, Task> test)
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable(Variable), out var replay) ? replay : Random.Shared.Next();
        try
        {
            await test(new Random(seed));
        }
        catch (Exception e)
        {
            throw new ShuffledTestFailedException($"Failed with shuffle seed {seed}; replay it with {Variable}={seed}.", e);
        }
    }
}

/// <summary>A failure of a shuffled test, naming the seed of the shuffle; the original failure is the inner exception.</summary>
public sealed class ShuffledTestFailedException(string message, Exception inner) : Exception(message, inner);

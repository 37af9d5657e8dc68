using Discharge.Domain.Rules;
using Discharge.Server.Bulk;
using NodaTime;

namespace Discharge.Server.Simulation;

/// <summary>The episodes opened on whole days, through <paramref name="Through"/>: what one transaction writes.</summary>
public sealed record HistoryChunk(IReadOnlyList<StreamImport> Episodes, LocalDate Through);

/// <summary>What to simulate: the days from <paramref name="From"/> up to (not including) <paramref name="Until"/>, for a seed.</summary>
public sealed record SimulationSpan(LocalDate From, LocalDate Until, int Seed, int NoticesADay);

/// <summary>
/// A national history of delayed discharges, the same for the same span and seed: every day's assessment notices, each
/// episode's course recorded through the domain's decisions, a day's episodes made on every core. Episodes come in the
/// order of their first notice, a few days at a time, and their ids sort in that order.
/// </summary>
public sealed class NationalHistory(DischargeRules rules, SimulationSpan span, Instant serviceNow)
{
    private readonly NationalVolumes volumes = new(rules, span.Seed, span.NoticesADay);

    /// <summary>The episodes from <paramref name="start"/> on, whole days at a time, about <paramref name="chunkSize"/> episodes a chunk.</summary>
    public IEnumerable<HistoryChunk> Chunks(LocalDate start, int chunkSize)
    {
        var chunk = new List<StreamImport>();
        var day = start;
        for (; day < span.Until; day = day.PlusDays(1))
        {
            var parties = volumes.On(day);
            var made = new StreamImport?[volumes.NoticesOn(day)];
            Parallel.For(0, made.Length, i => made[i] = Episode(day, i, parties));
            chunk.AddRange(made.OfType<StreamImport>());
            if (chunk.Count >= chunkSize)
            {
                yield return new HistoryChunk(chunk, day);
                chunk = [];
            }
        }

        if (chunk.Count > 0)
        {
            yield return new HistoryChunk(chunk, day.PlusDays(-1));
        }
    }

    /// <summary>The <paramref name="notice"/>th episode opened on <paramref name="day"/>; null when nothing was recorded.</summary>
    private StreamImport? Episode(LocalDate day, int notice, PartiesOfDay parties)
    {
        var random = volumes.DayRandom(day, notice + 1);
        var (body, council) = parties.Pick(random);
        var recorder = new EpisodeRecorder(EpisodeId(day, notice), rules, random, rules.StartOf(span.Until), serviceNow);
        var noticeAt = day.At(new LocalTime(8, 0)).PlusMinutes(random.Next(10 * 60)).InZoneLeniently(rules.Zone).ToInstant();
        new EpisodeScript(recorder, random, rules, body, council, parties).Run(noticeAt);
        var episode = recorder.Finish();
        return episode.Events.Count == 0 ? null : episode;
    }

    /// <summary>Ids that sort by day and notice (so that a read by stream reads the table in the order it was written), unique to the seed.</summary>
    private Guid EpisodeId(LocalDate day, int notice)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes[..4], NationalVolumes.DayKey(day));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(bytes[4..6], (ushort)notice);
        bytes[6] = 0x80;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes[8..12], span.Seed);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}

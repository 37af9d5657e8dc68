using Discharge.Domain;
using Discharge.Domain.Disputes;
using Discharge.Domain.Episodes;
using Discharge.Domain.Recovery;
using Discharge.Domain.Rules;
using Discharge.Domain.Statements;
using Discharge.Server.Reporting;

namespace Discharge.Server.Audit.Verification;

/// <summary>
/// A read model as the events alone make it: the document a stream's events (their data, in order) come to, by the same code each projection
/// runs (none when the stream makes no such document).
/// </summary>
internal sealed record RebuiltReadModel(Type DocumentType, Func<Guid, IReadOnlyList<object>, object?> Rebuild)
{
    public static IReadOnlyList<RebuiltReadModel> All(DischargeRules rules) =>
    [
        new(typeof(EpisodeDelayLedger), (id, events) => events is [IEpisodeEvent, ..] ? EpisodeDelayLedger.FromEvents(id, events, rules) : null),
        Fold<Statement>(),
        Fold<Dispute>(),
        Fold<RecoveryClaim>(),
    ];

    private static RebuiltReadModel Fold<T>()
        where T : class, IStreamFold<T> => new(typeof(T), (_, events) => StreamFold.From<T>(events));
}

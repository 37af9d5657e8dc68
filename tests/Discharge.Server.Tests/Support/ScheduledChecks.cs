using Discharge.Domain.Rules;
using Discharge.Server.Notifications;
using NodaTime;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Persistence.Durability;
using Wolverine.Runtime;
using Wolverine.Tracking;
using Wolverine.Util;

namespace Discharge.Server.Tests.Support;

/// <summary>The poll of scheduled messages, driven by a test and judged by the service's clock instead of the wall clock.</summary>
public static class ScheduledChecks
{
    /// <summary>
    /// Takes the liability checks due by the service's clock out of the durable store, read back by Wolverine's own
    /// serialiser as its poll would read them, and sends them on through the durable local queue. Waits until they
    /// and what they cascade (the council's notice) have run; returns what ran.
    /// </summary>
    public static Task<IReadOnlyList<CheckLiabilityStarted>> RunDueChecksAsync(this DischargeServer server)
    {
        var rules = server.Host.Services.GetRequiredService<DischargeRules>();
        return server.RunDueAsync<CheckLiabilityStarted>(check => check.DueAt(rules));
    }

    /// <summary>The scheduled messages of one type due by the service's clock, run as <see cref="RunDueChecksAsync"/> runs the checks.</summary>
    public static async Task<IReadOnlyList<TMessage>> RunDueAsync<TMessage>(this DischargeServer server, Func<TMessage, Instant> dueAt)
        where TMessage : class
    {
        var runtime = server.Host.Services.GetRequiredService<IWolverineRuntime>();
        var now = server.Clock.GetCurrentInstant();
        var messageType = typeof(TMessage).ToMessageTypeName();
        var due = new List<(Envelope Envelope, TMessage Message)>();
        foreach (var envelope in await runtime.Storage.Admin.AllIncomingAsync())
        {
            if (envelope.Status == EnvelopeStatus.Scheduled && envelope.MessageType == messageType
                && runtime.Options.DefaultSerializer.ReadFromData(typeof(TMessage), envelope) is TMessage message
                && dueAt(message) <= now)
            {
                due.Add((envelope, message));
            }
        }

        async Task SendDue(IMessageContext context)
        {
            foreach (var (envelope, message) in due)
            {
                await runtime.Storage.Inbox.DeleteIncomingEnvelopeAsync(envelope);
                await context.SendAsync(message);
            }
        }

        // A check that lost a race with a command fails once and is retried: expected, so not an assertion failure.
        await server.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)SendDue);
        return [.. due.Select(d => d.Message)];
    }
}

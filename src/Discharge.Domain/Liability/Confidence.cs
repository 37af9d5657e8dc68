namespace Discharge.Domain.Liability;

/// <summary>
/// How firmly the law supports a rule (docs/rules.md, "Confidence"). Where the law is silent the engine chooses,
/// and every day and defect it decides that way says so with <see cref="EngineDecision"/>.
/// </summary>
public enum Confidence
{
    /// <summary>[V] Checked against the text of the law or its official notes.</summary>
    Verified,

    /// <summary>[S] From a secondary source: guidance, Hansard, trade press, an NHS data standard.</summary>
    Secondary,

    /// <summary>[R] Rebuilt from what the law must say; the regulation text itself has not been checked.</summary>
    Rebuilt,

    /// <summary>[D] The law is silent or unclear and the engine chose; the reason is in docs/rules.md.</summary>
    EngineDecision,
}

/// <summary>What a rule rests on under one regime: the statute and paragraph, and how firm that is.</summary>
public sealed record Basis(string Statute, Confidence Confidence);

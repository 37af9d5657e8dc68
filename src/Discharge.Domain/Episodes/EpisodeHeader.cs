namespace Discharge.Domain.Episodes;

/// <summary>Who an episode is between: the responsible NHS body (ODS code) and the council notified (ONS/GSS code).</summary>
public sealed record EpisodeHeader(string NhsBody, string Council);

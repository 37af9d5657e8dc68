namespace Discharge.Server.Database;

/// <summary>The local PostgreSQL cluster could not be started; the message says what to do.</summary>
public sealed class LocalPostgresUnavailableException(string message) : Exception(message);

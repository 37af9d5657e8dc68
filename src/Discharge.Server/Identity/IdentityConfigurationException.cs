namespace Discharge.Server.Identity;

/// <summary>The identity settings cannot work; the message says which setting and why.</summary>
public sealed class IdentityConfigurationException(string message) : Exception(message);

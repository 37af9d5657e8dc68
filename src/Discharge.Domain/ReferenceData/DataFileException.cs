namespace Discharge.Domain;

/// <summary>A reference-data or rule-set file that cannot be used; the message names the file and the field.</summary>
public sealed class DataFileException : Exception
{
    public DataFileException(string message)
        : base(message)
    {
    }

    public DataFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DataFileException()
    {
    }
}

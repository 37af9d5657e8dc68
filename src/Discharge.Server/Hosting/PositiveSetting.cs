namespace Discharge.Server.Hosting;

/// <summary>A setting that must be more than nought (a count, a retention, an interval), refused naming the setting otherwise.</summary>
public static class PositiveSetting
{
    public static T Read<T>(IConfiguration configuration, string setting, T fallback) where T : struct, IComparable<T>
    {
        var value = configuration.GetValue(setting, fallback);
        return value.CompareTo(default) > 0 ? value : throw new InvalidOperationException($"{setting} must be more than {default(T)}, not {value}.");
    }
}

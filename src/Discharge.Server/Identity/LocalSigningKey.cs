using Microsoft.IdentityModel.Tokens;

namespace Discharge.Server.Identity;

/// <summary>
/// The key that signs and checks tokens when no identity provider is configured: <c>Discharge:Identity:SigningKey</c>
/// (base64, at least 256 bits) if set, else a key file in the user's profile, made on first use, which the server
/// and the <c>token</c> command share.
/// </summary>
public static class LocalSigningKey
{
    public const string Algorithm = SecurityAlgorithms.HmacSha256;

    private const int KeyBytes = 32;

    /// <summary>Where the key file is kept: the user's configuration folder (XDG_CONFIG_HOME, else ~/.config).</summary>
    public static string FilePath => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "discharge", "signing-key");

    public static SymmetricSecurityKey For(IdentitySettings settings) =>
        new(settings.SigningKey is { } configured ? Decode(configured, $"{IdentitySettings.Section}:SigningKey") : FromProfile());

    private static byte[] FromProfile()
    {
        var path = FilePath;
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                // CreateNew: a server and a token command starting together must not each write a different key.
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    // A secret: readable by its owner only.
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var file = new FileStream(path, options);
                using var writer = new StreamWriter(file);
                writer.Write(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(KeyBytes)));
            }
            catch (IOException) when (File.Exists(path))
            {
                // The other one made it first; its key is read below.
            }
        }

        return Decode(File.ReadAllText(path), path);
    }

    private static byte[] Decode(string base64, string where)
    {
        var key = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), key, out var length) && length >= KeyBytes
            ? key[..length]
            : throw new IdentityConfigurationException($"{where}: the signing key must be base64 of at least {KeyBytes} bytes");
    }
}

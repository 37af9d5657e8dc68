namespace Discharge.Domain.Episodes.Contents;

/// <summary>
/// NHS numbers: ten digits, the last a modulus 11 check digit. Weights 10..2 on the first nine digits; the check
/// digit is 11 minus the remainder, 11 becomes 0, and 10 means the number is invalid.
/// </summary>
public static class NhsNumber
{
    /// <summary>The ten digits without spaces or hyphens, or null when the text is not a valid NHS number.</summary>
    public static string? Normalise(string? text)
    {
        if (text is null)
        {
            return null;
        }

        Span<char> digits = stackalloc char[10];
        var count = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c) || count == 10)
            {
                return null;
            }

            digits[count++] = c;
        }

        return count == 10 && CheckDigitHolds(digits) ? new string(digits) : null;
    }

    private static bool CheckDigitHolds(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => digits[9] == '0',
            10 => false,
            _ => digits[9] - '0' == check,
        };
    }
}

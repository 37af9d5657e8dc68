using System.Text;
using Discharge.Server.Hosting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Tests.Hosting;

/// <summary>
/// The dates and instants read and written as UTF-8 directly (<see cref="IsoUtf8{T}"/>) are what NodaTime's ISO patterns
/// read and write: the same text for every value it writes, the same value for every text it reads, and what it leaves
/// alone (another form, a day that does not exist) left to the pattern.
/// </summary>
public sealed class when_reading_iso_text_as_utf8
{
    private static readonly IsoDateUtf8 Dates = new();
    private static readonly IsoInstantUtf8 Instants = new();

    /// <summary>Days across NodaTime's whole range, years of fewer and more than four digits among them.</summary>
    private static readonly Arbitrary<LocalDate> AnyDay = Gen.Choose(-3_600_000, 2_900_000)
        .Select(days => new LocalDate(1970, 1, 1).PlusDays(days)).ToArbitrary();

    /// <summary>Instants across the years 0001-9999, to the nanosecond, many on a whole second or a round fraction.</summary>
    private static readonly Arbitrary<Instant> AnyInstant = Gen.Choose(-719_162, 2_932_896).SelectMany(day => Gen.Choose(0, 86_399).SelectMany(second =>
            Gen.Elements(0, 1, 1_000, 1_000_000, 100_000_000, 123_456_789).SelectMany(unit => Gen.Choose(0, 999_999_999 / Math.Max(unit, 1))
                .Select(n => Instant.FromUnixTimeSeconds((day * 86_400L) + second).PlusNanoseconds((long)n * unit % 1_000_000_000)))))
        .ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property a_day_is_written_as_the_pattern_writes_it_and_read_back() => Prop.ForAll(AnyDay, day =>
        WrittenAndReadAsThePatternDoes(Dates, LocalDatePattern.Iso.Format, day, day.Year is >= 1000 and <= 9999));

    [Property(MaxTest = 2000)]
    public Property an_instant_is_written_as_the_pattern_writes_it_and_read_back() => Prop.ForAll(AnyInstant, instant =>
        WrittenAndReadAsThePatternDoes(Instants, InstantPattern.ExtendedIso.Format, instant, instant.InUtc().Year >= 1000));

    [Property(MaxTest = 5000)]
    public Property a_day_text_it_reads_the_pattern_reads_the_same() => Prop.ForAll(Altered("2016-02-29").ToArbitrary(), text =>
        ReadAsThePatternReads(Dates, LocalDatePattern.Iso.Parse, text));

    [Property(MaxTest = 5000)]
    public Property an_instant_text_it_reads_the_pattern_reads_the_same() => Prop.ForAll(
        Gen.Elements("2004-01-12T10:15:00Z", "2016-02-29T23:59:59.123456789Z", "2015-03-31T00:00:00.5Z").SelectMany(Altered).ToArbitrary(),
        text => ReadAsThePatternReads(Instants, InstantPattern.ExtendedIso.Parse, text));

    [Theory]
    [InlineData("2015-02-29")]
    [InlineData("2015-13-01")]
    [InlineData("2015-00-10")]
    [InlineData("2015-1-01")]
    [InlineData("+2015-01-01")]
    [InlineData("0999-12-31")]
    public void a_day_that_does_not_exist_or_another_form_is_left_to_the_pattern(string text) =>
        Dates.TryRead(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();

    [Theory]
    [InlineData("2015-01-01T24:00:00Z")]
    [InlineData("2015-01-01T23:60:00Z")]
    [InlineData("2015-01-01T23:59:60Z")]
    [InlineData("2015-01-01T23:59:59.Z")]
    [InlineData("2015-01-01T23:59:59.1234567891Z")]
    [InlineData("2015-01-01T23:59:59")]
    [InlineData("2015-01-01T23:59:59+00:00")]
    [InlineData("2015-01-01 23:59:59Z")]
    public void an_instant_out_of_range_or_in_another_form_is_left_to_the_pattern(string text) =>
        Instants.TryRead(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();

    /// <summary>Written as the pattern writes it when it can be (else not at all), and read back as itself.</summary>
    private static bool WrittenAndReadAsThePatternDoes<T>(IsoUtf8<T> iso, Func<T, string> format, T value, bool writable)
    {
        Span<byte> text = stackalloc byte[IsoUtf8<T>.MaxLength];
        if (!iso.TryWrite(value, text, out var written))
        {
            return !writable;
        }

        var utf8 = text[..written];
        return writable && Encoding.UTF8.GetString(utf8) == format(value) && iso.TryRead(utf8, out var read) && Equals(read, value);
    }

    /// <summary>Whatever text it reads, the pattern reads as the same value.</summary>
    private static bool ReadAsThePatternReads<T>(IsoUtf8<T> iso, Func<string, ParseResult<T>> parse, string text) =>
        !iso.TryRead(Encoding.UTF8.GetBytes(text), out var value) || parse(text) is { Success: true } parsed && Equals(parsed.Value, value);

    /// <summary>The text with one character replaced, removed or added, from what ISO text is made of and a few others.</summary>
    private static Gen<string> Altered(string text) =>
        Gen.Choose(0, text.Length - 1).SelectMany(at => Gen.Elements("0123456789-:.TZtz +/".ToCharArray()).SelectMany(c => Gen.Elements(
            text[..at] + c + text[(at + 1)..],
            text[..at] + text[(at + 1)..],
            text[..at] + c + text[at..],
            text)));
}

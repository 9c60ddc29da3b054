using KrBot.Subscriptions;
using Xunit;

namespace KrBot.Tests.Subscriptions;

public sealed class DigestTimeTests
{
    private static readonly TimeOnly DefaultTime = new(9, 0);
    private const string DefaultZone = "Asia/Shanghai";

    [Theory]
    [InlineData(null, "09:00", "Asia/Shanghai")]
    [InlineData("", "09:00", "Asia/Shanghai")]
    [InlineData("   ", "09:00", "Asia/Shanghai")]
    [InlineData("08:30", "08:30", "Asia/Shanghai")]
    [InlineData("8:30", "08:30", "Asia/Shanghai")]
    [InlineData("0:00", "00:00", "Asia/Shanghai")]
    [InlineData("23:59", "23:59", "Asia/Shanghai")]
    [InlineData("08:30 Europe/Berlin", "08:30", "Europe/Berlin")]
    [InlineData("Europe/Berlin 08:30", "08:30", "Europe/Berlin")]
    [InlineData("  Europe/Berlin \t 08:30  ", "08:30", "Europe/Berlin")]
    [InlineData("Asia/Shanghai", "09:00", "Asia/Shanghai")]
    [InlineData("America/Los_Angeles", "09:00", "America/Los_Angeles")]
    [InlineData("UTC", "09:00", "UTC")]
    [InlineData("07:15 UTC", "07:15", "UTC")]
    public void TryParse_AcceptedForms_ReturnTimeAndZone(string? args, string expectedTime, string expectedZone)
    {
        var ok = DigestTime.TryParse(args, DefaultTime, DefaultZone, out var time, out var zone, out var error);

        Assert.True(ok, error);
        Assert.Equal(TimeOnly.Parse(expectedTime, System.Globalization.CultureInfo.InvariantCulture), time);
        Assert.Equal(expectedZone, zone);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void TryParse_ZoneInOtherCase_ReturnsCanonicalId()
    {
        var ok = DigestTime.TryParse("asia/shanghai 7:05", DefaultTime, "UTC", out var time, out var zone, out _);

        Assert.True(ok);
        Assert.Equal(new TimeOnly(7, 5), time);
        Assert.Equal("Asia/Shanghai", zone);
    }

    [Fact]
    public void TryParse_FullWidthColon_ReadsAsTime()
    {
        var ok = DigestTime.TryParse("08：30", DefaultTime, DefaultZone, out var time, out _, out _);

        Assert.True(ok);
        Assert.Equal(new TimeOnly(8, 30), time);
    }

    [Theory]
    [InlineData("25:99")]
    [InlineData("24:00")]
    [InlineData("12:60")]
    [InlineData("830")]
    [InlineData("8")]
    [InlineData("8:5")]
    [InlineData("08:30:00")]
    [InlineData("-1:00")]
    [InlineData("8pm")]
    public void TryParse_NotATime_ExplainsWithExample(string bad)
    {
        var ok = DigestTime.TryParse(bad + " Europe/Berlin", DefaultTime, DefaultZone, out _, out _, out var error);

        Assert.False(ok);
        Assert.Equal($"“{bad}” is not a time. Use 24-hour HH:MM, for example /subscribe 08:30 Europe/Berlin.", error);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("Berlin")]
    [InlineData("../../etc/passwd")]
    public void TryParse_UnknownZone_ExplainsWithExample(string bad)
    {
        var ok = DigestTime.TryParse("08:30 " + bad, DefaultTime, DefaultZone, out _, out _, out var error);

        Assert.False(ok);
        Assert.Equal($"“{bad}” is not a time zone I know. Use an IANA name such as Asia/Shanghai or Europe/Berlin.", error);
    }

    [Theory]
    [InlineData("08:30 09:00", "Give one time, not two, for example /subscribe 08:30 Europe/Berlin.")]
    [InlineData("Europe/Berlin Asia/Shanghai", "Give one time zone, not two, for example /subscribe 08:30 Europe/Berlin.")]
    [InlineData("08:30 Europe/Berlin extra", "Give at most a time and a time zone, for example /subscribe 08:30 Europe/Berlin.")]
    public void TryParse_TooMuch_Explains(string args, string expected)
    {
        var ok = DigestTime.TryParse(args, DefaultTime, DefaultZone, out _, out _, out var error);

        Assert.False(ok);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryNormalizeZone_WindowsName_IsRejectedSoOnlyIanaIdsAreStored()
    {
        Assert.False(DigestTime.TryNormalizeZone("China Standard Time", out _));
        Assert.True(DigestTime.TryNormalizeZone("Pacific/Kiritimati", out var zone));
        Assert.Equal("Pacific/Kiritimati", zone);
    }

    [Fact]
    public void Format_Time_IsTwentyFourHourWithLeadingZero()
    {
        Assert.Equal("07:05", DigestTime.Format(new TimeOnly(7, 5)));
        Assert.Equal("21:30", DigestTime.Format(new TimeOnly(21, 30)));
    }
}

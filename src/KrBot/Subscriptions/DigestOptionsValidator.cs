using Microsoft.Extensions.Options;

namespace KrBot.Subscriptions;

/// <summary>A wrong default time or zone stops the start with the key named, instead of failing at 09:00.</summary>
internal sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        var failures = new List<string>();
        if (!DigestTime.TryParseTime(options.DefaultTime, out _))
            failures.Add($"Digest:DefaultTime must be a 24-hour time like 09:00, not “{options.DefaultTime}”.");
        if (!DigestTime.TryNormalizeZone(options.DefaultTimeZone, out _))
            failures.Add($"Digest:DefaultTimeZone must be an IANA time zone like Asia/Shanghai, not “{options.DefaultTimeZone}”.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

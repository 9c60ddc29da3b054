using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using KrBot.Charts;
using KrBot.Subscriptions;
using KrBot.Telegram;
using KrBot.Telegram.Receiving;
using KrBot.Telegram.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KrBot.Hosting;

/// <summary>
/// Checks every setting a command uses before anything is built, and says what is wrong in one sentence per
/// setting, naming the key as it is written in appsettings.json and what it may be. The options classes stay the
/// one place where types and ranges are declared ([Range], [Required]); this reads them, so a value of the wrong
/// type is reported instead of crashing the binder, and no message names a C# class or member.
/// </summary>
internal static class SettingsCheck
{
    private static readonly (Type Options, string Section)[] Common =
    [
        (typeof(KnowledgeOptions), KnowledgeOptions.Section),
        (typeof(StorageOptions), StorageOptions.Section),
        (typeof(DigestOptions), DigestOptions.Section),
        (typeof(ChartOptions), ChartOptions.Section),
    ];

    private static readonly (Type Options, string Section)[] Bot =
    [
        (typeof(TelegramOptions), TelegramOptions.Section),
        (typeof(SenderOptions), SenderOptions.Section),
        (typeof(ShutdownOptions), ShutdownOptions.Section),
        (typeof(ListenerOptions), ListenerOptions.Section),
        (typeof(WebhookOptions), WebhookOptions.Section),
    ];

    /// <summary>The problems with the settings the terminal commands use (fact base, storage, digests, charts).</summary>
    public static IReadOnlyList<string> ForTerminal(IConfiguration configuration) => Check(configuration, Common);

    /// <summary>The problems with every setting the Telegram bot uses.</summary>
    public static IReadOnlyList<string> ForBot(IConfiguration configuration)
    {
        var problems = Check(configuration, [.. Common, .. Bot]).ToList();
        if (problems.Count == 0)
        {
            var telegram = Bind<TelegramOptions>(configuration, TelegramOptions.Section);
            problems.AddRange(Failures(new TelegramOptionsValidator(), telegram));
            problems.AddRange(Failures(new WebhookOptionsValidator(Options.Create(telegram)), Bind<WebhookOptions>(configuration, WebhookOptions.Section)));
        }

        return problems;
    }

    private static List<string> Check(IConfiguration configuration, (Type Options, string Section)[] sections)
    {
        var problems = new List<string>();
        foreach (var (options, section) in sections)
        {
            foreach (var property in options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                if (Problem(configuration, $"{section}:{property.Name}", property) is { } problem) problems.Add(problem);
            }
        }

        if (problems.Count == 0)
        {
            problems.AddRange(Failures(new StorageOptionsValidator(), Bind<StorageOptions>(configuration, StorageOptions.Section)));
            problems.AddRange(Failures(new DigestOptionsValidator(), Bind<DigestOptions>(configuration, DigestOptions.Section)));
        }

        return problems;
    }

    private static string? Problem(IConfiguration configuration, string key, PropertyInfo property)
    {
        var raw = configuration[key];
        var range = property.GetCustomAttribute<RangeAttribute>();
        var required = property.GetCustomAttribute<RequiredAttribute>() is not null;
        if (raw is null) return null; // not set: the default applies
        var text = raw.Trim();
        if (property.PropertyType == typeof(string))
        {
            return required && text.Length == 0 ? $"{key} must not be empty." : null;
        }

        if (property.PropertyType == typeof(bool))
        {
            return bool.TryParse(text, out _) ? null : $"{key} must be true or false, not “{raw}”.";
        }

        var isWhole = property.PropertyType == typeof(int);
        var parsed = isWhole
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) ? whole : (double?)null
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;
        var allowed = (isWhole ? "a whole number" : "a number") + (range is null ? "" : $" from {Format(range.Minimum)} to {Format(range.Maximum)}");
        if (parsed is not { } value) return $"{key} must be {allowed}, not “{raw}”.";
        return range is null || range.IsValid(value) ? null : $"{key} must be {allowed}, not {raw}.";
    }

    private static T Bind<T>(IConfiguration configuration, string section)
        where T : class, new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }

    private static IEnumerable<string> Failures<T>(IValidateOptions<T> validator, T options)
        where T : class =>
        validator.Validate(null, options) is { Failed: true, Failures: { } failures } ? failures : [];

    private static string Format(object bound) => Convert.ToString(bound, CultureInfo.InvariantCulture)!;
}

using Microsoft.Extensions.Options;
using Npgsql;

namespace KrBot.Hosting;

/// <summary>What data annotations cannot say about the "Storage" section. Messages never repeat the connection string.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var provider = options.Provider.Trim();
        if (!provider.Equals(StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase) && !options.IsPostgres)
        {
            return ValidateOptionsResult.Fail($"Storage:Provider must be {StorageOptions.Sqlite} or {StorageOptions.Postgres}, not “{options.Provider}”.");
        }

        if (!options.IsPostgres) return ValidateOptionsResult.Success;
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail("Storage:ConnectionString is empty: with Storage:Provider=postgres, set it (environment variable Storage__ConnectionString), e.g. Host=db;Database=krbot;Username=krbot;Password=...");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            return string.IsNullOrWhiteSpace(builder.Host)
                ? ValidateOptionsResult.Fail("Storage:ConnectionString names no Host: it must look like Host=db;Database=krbot;Username=krbot;Password=...")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException)
        {
            // Npgsql's message may quote the string, password and all: say what is wrong without it.
            return ValidateOptionsResult.Fail("Storage:ConnectionString is not a PostgreSQL connection string Npgsql can read: it must look like Host=db;Database=krbot;Username=krbot;Password=...");
        }
    }
}

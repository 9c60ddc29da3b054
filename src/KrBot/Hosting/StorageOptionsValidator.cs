using System.Runtime.CompilerServices;
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

        return ConnectionStringProblem(options.ConnectionString) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }

    // Its own method, so that checking the SQLite default never loads Npgsql.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? ConnectionStringProblem(string connectionString)
    {
        try
        {
            return string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(connectionString).Host)
                ? "Storage:ConnectionString names no Host: it must look like Host=db;Database=krbot;Username=krbot;Password=..."
                : null;
        }
        catch (ArgumentException)
        {
            // Npgsql's message may quote the string, password and all: say what is wrong without it.
            return "Storage:ConnectionString is not a PostgreSQL connection string Npgsql can read: it must look like Host=db;Database=krbot;Username=krbot;Password=...";
        }
    }
}

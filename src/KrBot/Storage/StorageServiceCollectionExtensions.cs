using System.Runtime.CompilerServices;
using KrBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KrBot.Storage;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>The database Storage:Provider names, as <see cref="IBotDatabase"/>; the stores on it come with their features.</summary>
    public static IServiceCollection AddKrBotStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton<IBotDatabase>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            return options.IsPostgres
                ? Postgres(options.ConnectionString, time)
                : new SqliteDatabase(Path.GetFullPath(options.DatabasePath), time); // relative to the current folder (README, Configuration)
        });
        services.AddSingleton<ILeaseStore, SqlLeaseStore>();
        return services;
    }

    // A method of its own, so that the embedded default (SQLite) never loads Npgsql: compiling the factory above
    // would, if it named PostgresDatabase itself.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IBotDatabase Postgres(string connectionString, TimeProvider time) => new PostgresDatabase(connectionString, time);
}

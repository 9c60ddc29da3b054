using System.Data.Common;

namespace KrBot.Storage;

/// <summary>
/// The owner of the bot's database, whichever the provider (Storage:Provider): migrates it once at start and hands
/// out pooled connections. The stores hold no SQL of either provider beyond what <see cref="Dialect"/> spells.
/// Failures surface as <see cref="StorageUnavailableException"/> or the provider's own exception; see
/// <see cref="StorageFault"/>.
/// </summary>
internal interface IBotDatabase
{
    SqlDialect Dialect { get; }

    /// <summary>Which setting names the database and what it is, for sentences: never a password.</summary>
    string Setting { get; }

    /// <summary>Where it is (a file path, or host, port and database), never a password.</summary>
    string Location { get; }

    /// <summary>Creates the schema or runs pending migrations, and checks the database can be written. Safe to call again.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>An open connection; throws <see cref="StorageUnavailableException"/> when the database cannot be used.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}

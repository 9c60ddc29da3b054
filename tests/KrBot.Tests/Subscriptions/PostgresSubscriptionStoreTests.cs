using KrBot.Tests.Storage;

namespace KrBot.Tests.Subscriptions;

/// <summary>The store contract on PostgreSQL (skipped, saying why, when no server is configured: see <see cref="PostgresTestStore"/>).</summary>
public sealed class PostgresSubscriptionStoreTests() : SubscriptionStoreContract(new PostgresTestStore());

namespace KrBot.Storage;

/// <summary>Named leases shared by every replica on the database (the sender's, see <c>SenderLease</c>).</summary>
internal interface ILeaseStore
{
    /// <summary>
    /// Takes the lease for <paramref name="holder"/> until <paramref name="now"/> + <paramref name="duration"/>, or renews
    /// it if the holder has it already; false while someone else holds it and it has not expired.
    /// </summary>
    Task<bool> TryHoldAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the lease up (at shutdown), so that another replica need not wait for it to expire.</summary>
    Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken);
}

namespace KrBot.Subscriptions;

/// <summary>Lets /subscribe wake the scheduler, which otherwise sleeps until the next digest it knows of.</summary>
internal interface IDigestWakeUp
{
    void SubscriptionsChanged();
}

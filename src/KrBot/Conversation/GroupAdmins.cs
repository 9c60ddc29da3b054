using KrBot.Subscriptions;

namespace KrBot.Conversation;

/// <summary>
/// In groups only administrators may change the chat's settings (its digest, its language). An anonymous
/// administrator writes as the group itself, so there is no one to check; when Telegram cannot tell, nothing changes.
/// </summary>
internal static class GroupAdmins
{
    /// <summary>Null when the sender may change the chat's settings; else the reply that says why not.</summary>
    public static async Task<string?> RefusalAsync(IChatAdminCheck admins, ChatRequest request, string onlyAdmins, CancellationToken cancellationToken)
    {
        if (!request.IsGroup || request.SentAsGroup) return null;
        bool? isAdmin;
        try
        {
            isAdmin = await admins.IsAdminAsync(request.ChatId, request.UserId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            isAdmin = null; // getChatMember failed: say so instead of guessing
        }

        return isAdmin switch
        {
            true => null,
            false => onlyAdmins,
            null => request.Language.AdminCheckFailed,
        };
    }
}

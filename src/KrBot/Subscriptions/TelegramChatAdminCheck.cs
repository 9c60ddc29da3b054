using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace KrBot.Subscriptions;

/// <summary>Asks Telegram (getChatMember) whether the user is the group's creator or an administrator.</summary>
internal sealed class TelegramChatAdminCheck(ITelegramBotClient client) : IChatAdminCheck
{
    public async Task<bool> IsAdminAsync(long chatId, long userId, CancellationToken cancellationToken)
    {
        var member = await client.GetChatMember(chatId, userId, cancellationToken);
        return member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator;
    }
}

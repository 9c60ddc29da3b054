using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KrBot.FakeBotApi;

/// <summary>Builds the Bot API objects the fake hands out, with every field Telegram.Bot needs to deserialize them.</summary>
internal static partial class BotApiObjects
{
    public static JsonObject User(long id) => new()
    {
        ["id"] = id,
        ["is_bot"] = false,
        ["first_name"] = $"User {id}",
        ["username"] = $"user{id}",
        ["language_code"] = "en",
    };

    public static JsonObject Bot(long id, string firstName, string username) => new()
    {
        ["id"] = id,
        ["is_bot"] = true,
        ["first_name"] = firstName,
        ["username"] = username,
        ["can_join_groups"] = true,
        ["can_read_all_group_messages"] = false,
        ["supports_inline_queries"] = false,
    };

    public static JsonObject Chat(ChatInfo chat)
    {
        var json = new JsonObject { ["id"] = chat.Id, ["type"] = chat.Type };
        if (chat.Type == "private")
        {
            json["first_name"] = $"User {chat.Id}";
            json["username"] = $"user{chat.Id}";
        }
        else
        {
            json["title"] = chat.Title;
        }

        return json;
    }

    /// <summary>A message; <paramref name="from"/> is omitted for channel posts, as Telegram does.</summary>
    public static JsonObject Message(int messageId, DateTimeOffset date, ChatInfo chat, JsonObject? from, string? text)
    {
        var json = new JsonObject
        {
            ["message_id"] = messageId,
            ["date"] = date.ToUnixTimeSeconds(),
            ["chat"] = Chat(chat),
        };
        if (from is not null)
        {
            json["from"] = from;
        }

        if (text is not null)
        {
            json["text"] = text;
            if (Entities(text) is { Count: > 0 } entities)
            {
                json["entities"] = entities;
            }
        }

        return json;
    }

    /// <summary>A photo message: one size, the upload itself, and its caption when there is one.</summary>
    public static JsonObject Photo(int messageId, DateTimeOffset date, ChatInfo chat, JsonObject from, byte[] photo, string caption)
    {
        var json = Message(messageId, date, chat, from, text: null);
        var (width, height) = photo.Length >= 24 && photo[0] == 0x89
            ? (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(photo.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(photo.AsSpan(20)))
            : (0, 0);
        json["photo"] = new JsonArray(new JsonObject
        {
            ["file_id"] = $"photo-{messageId}",
            ["file_unique_id"] = $"unique-{messageId}",
            ["width"] = width,
            ["height"] = height,
            ["file_size"] = photo.Length,
        });
        if (caption.Length > 0)
        {
            json["caption"] = caption;
        }

        return json;
    }

    public static JsonObject ChatMember(string status, JsonObject user)
    {
        var json = new JsonObject { ["status"] = status, ["user"] = user };
        switch (status)
        {
            case "creator":
                json["is_anonymous"] = false;
                break;
            case "administrator":
                json["can_be_edited"] = false;
                json["is_anonymous"] = false;
                foreach (var right in AdministratorRights)
                {
                    json[right] = true;
                }

                break;
            case "restricted":
                json["is_member"] = true;
                json["until_date"] = 0;
                foreach (var permission in RestrictedPermissions)
                {
                    json[permission] = false;
                }

                break;
            case "kicked":
                json["until_date"] = 0;
                break;
        }

        return json;
    }

    private static readonly string[] AdministratorRights =
    [
        "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
        "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories",
        "can_delete_stories",
    ];

    private static readonly string[] RestrictedPermissions =
    [
        "can_send_messages", "can_send_audios", "can_send_documents", "can_send_photos", "can_send_videos",
        "can_send_video_notes", "can_send_voice_notes", "can_send_polls", "can_send_other_messages",
        "can_add_web_page_previews", "can_change_info", "can_invite_users", "can_pin_messages", "can_manage_topics",
    ];

    /// <summary>
    /// The bot_command and mention entities Telegram would attach to an incoming text. Bots often find commands
    /// through these rather than the text. Offsets count UTF-16 code units, as Telegram's do and as .NET strings do.
    /// </summary>
    private static JsonArray Entities(string text)
    {
        var entities = new JsonArray();
        foreach (Match match in EntityPattern().Matches(text))
        {
            entities.Add(new JsonObject
            {
                ["type"] = match.Groups["command"].Success ? "bot_command" : "mention",
                ["offset"] = match.Index,
                ["length"] = match.Length,
            });
        }

        return entities;
    }

    [GeneratedRegex(@"(?<=^|\s)(?:(?<command>/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?)|@[A-Za-z0-9_]{5,32})(?![A-Za-z0-9_])")]
    private static partial Regex EntityPattern();
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KrBot.FakeBotApi;

/// <summary>The command lists set with setMyCommands, one per scope and language, checked as Telegram checks them.</summary>
internal sealed partial class CommandRegistry
{
    private const int MaxCommands = 100;
    private const int MaxDescriptionLength = 256;

    private static readonly HashSet<string> ScopeTypes =
        ["default", "all_private_chats", "all_group_chats", "all_chat_administrators", "chat", "chat_administrators", "chat_member"];

    private readonly Lock _gate = new();
    private readonly Dictionary<ScopeKey, RegisteredCommand[]> _lists = [];

    public IReadOnlyList<RegisteredCommand> Snapshot
    {
        get
        {
            lock (_gate)
            {
                return [.. _lists.Values.SelectMany(list => list)];
            }
        }
    }

    public BotApiResult Set(BotApiArguments args)
    {
        if (!TryScope(args, out var scope, out var error))
        {
            return error;
        }

        if (args.GetJson("commands") is not JsonArray commands || commands.Count > MaxCommands)
        {
            return BotApiResult.BadRequest("commands must be an array of at most 100 commands");
        }

        var list = new List<RegisteredCommand>();
        foreach (var command in commands)
        {
            var name = BotApiArguments.AsString(command?["command"]);
            var description = BotApiArguments.AsString(command?["description"]);
            if (name is null || !CommandName().IsMatch(name))
            {
                return BotApiResult.BadRequest("BOT_COMMAND_INVALID");
            }

            if (string.IsNullOrWhiteSpace(description) || description.Length > MaxDescriptionLength)
            {
                return BotApiResult.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }

            list.Add(new RegisteredCommand(name, description, scope.Type, scope.ChatId, scope.UserId, scope.LanguageCode));
        }

        lock (_gate)
        {
            // Telegram treats an empty list like deleteMyCommands.
            if (list.Count == 0)
            {
                _lists.Remove(scope);
            }
            else
            {
                _lists[scope] = [.. list];
            }
        }

        return BotApiResult.True();
    }

    public BotApiResult Delete(BotApiArguments args)
    {
        if (!TryScope(args, out var scope, out var error))
        {
            return error;
        }

        lock (_gate)
        {
            _lists.Remove(scope);
        }

        return BotApiResult.True();
    }

    public BotApiResult Get(BotApiArguments args)
    {
        if (!TryScope(args, out var scope, out var error))
        {
            return error;
        }

        lock (_gate)
        {
            var commands = _lists.GetValueOrDefault(scope) ?? [];
            return BotApiResult.Ok(new JsonArray([.. commands.Select(command =>
                new JsonObject { ["command"] = command.Command, ["description"] = command.Description })]));
        }
    }

    private static bool TryScope(BotApiArguments args, out ScopeKey scope, [NotNullWhen(false)] out BotApiResult? error)
    {
        var json = args.GetJson("scope");
        var type = json is null ? "default" : BotApiArguments.AsString(json["type"]);
        var chatId = BotApiArguments.AsLong(json?["chat_id"]);
        var userId = BotApiArguments.AsLong(json?["user_id"]);
        scope = new ScopeKey(type ?? "", chatId, userId, args.GetString("language_code") is { Length: > 0 } language ? language : null);
        var valid = type is not null && ScopeTypes.Contains(type)
            && (chatId is not null) == type.StartsWith("chat", StringComparison.Ordinal)
            && (userId is not null) == (type == "chat_member");
        error = valid ? null : BotApiResult.BadRequest("invalid command scope");
        return valid;
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();

    private readonly record struct ScopeKey(string Type, long? ChatId, long? UserId, string? LanguageCode);
}

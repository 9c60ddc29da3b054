using System.Globalization;
using KrBot.Core.Knowledge;

namespace KrBot.Core.Languages;

internal sealed partial class ChineseLanguage
{
    // Measures the fact base does not hold, as the parser names them (IntentLexicon.UnknownMetrics).
    private static readonly Dictionary<string, string> Terms = new(StringComparer.Ordinal)
    {
        ["revenue"] = "收入", ["revenues"] = "收入", ["income"] = "收入", ["sales"] = "销售额", ["profit"] = "利润", ["profits"] = "利润",
        ["earnings"] = "盈利", ["price"] = "价格", ["prices"] = "价格", ["pricing"] = "价格", ["cost"] = "成本", ["costs"] = "成本",
        ["valuation"] = "估值", ["employees"] = "员工人数", ["staff"] = "员工人数", ["headcount"] = "员工人数", ["员工"] = "员工人数",
        ["downloads"] = "下载量", ["installs"] = "安装量", ["funding"] = "融资情况", ["investors"] = "投资方",
        ["market share"] = "市场份额", ["marketshare"] = "市场份额", ["mau"] = "月活跃用户", ["monthly active users"] = "月活跃用户",
        ["monthly active"] = "月活跃用户", ["月活"] = "月活跃用户", ["paying customers"] = "付费客户数", ["subscribers"] = "订阅用户数",
        ["rating"] = "评分", ["ceo"] = "首席执行官", ["chief executive"] = "首席执行官", ["founder"] = "创始人或创立时间",
        ["founders"] = "创始人或创立时间", ["founded"] = "创始人或创立时间", ["chairman"] = "董事长", ["president"] = "总裁",
        ["headquarters"] = "总部所在地", ["hq"] = "总部所在地", ["headquartered"] = "总部所在地", ["总部"] = "总部所在地",
        ["share price"] = "股价", ["stock price"] = "股价", ["market cap"] = "市值", ["market capitalization"] = "市值",
        ["market value"] = "市值", ["net worth"] = "净资产", ["ipo"] = "首次公开募股的信息", ["dividend"] = "分红",
    };

    public override string? CommandDescription(string command) => command switch
    {
        "help" => "我能回答什么、怎么提问",
        "compare" => "比较两个名称，例如 /compare dingtalk wechatwork",
        "sources" => "事实的来源",
        "subscribe" => "在本聊天接收每日摘要，例如 /subscribe 08:30 Asia/Shanghai",
        "unsubscribe" => "停止每日摘要",
        "settings" => "查看本聊天的摘要时间和时区",
        "subscription" => "同 /settings",
        "digest" => "立即查看今天的摘要",
        "lang" => "回答语言：/lang en、/lang zh 或 /lang auto",
        "chart" => "以柱状图比较，例如 /chart dingtalk wechatwork",
        _ => null,
    };

    public override string EntityCommandDescription(Entity entity) => $"{Name(entity)}：数据与事实，附来源";

    public override string DescribeTerm(string term) =>
        Terms.GetValueOrDefault(term) ?? (term.Any(Understanding.TextNormalizer.IsHan) ? term : $"“{term}”");

    public override string NotText => "我只能读文字。请提一个问题，例如“钉钉有多少用户？”，或发送 /help。";

    public override string TooLong => "这条消息太长，超出了我能回答的问题长度。请一次只问一个简短的问题。";

    public override string Flood => "你发消息的速度超过了我能读的速度。请放慢一些；几秒钟后我会再次回答。";

    public override string Apology => "抱歉，回答时出了点问题。请再试一次。";

    public override string ButtonExpired => "这个按钮已经失效。";

    public override string StoreUnavailable => "刚才没能保存；没有任何改动。请一分钟后再试。";

    public override string AdminCheckFailed => "刚才无法确认你在本群的权限（Telegram 没有响应）。没有任何改动；请一分钟后再试。";

    public override string SubscriptionsAreForChats => "订阅只适用于 Telegram 聊天。在这里，/digest 可以查看今天的摘要。";

    public override string OnlyAdminsDigest => "只有本群管理员可以更改每日摘要。/settings 可查看当前设置。";

    public override string Unsubscribed => "已取消订阅：本聊天不再接收每日摘要。/subscribe 可重新开始。";

    public override string NotSubscribed => "本聊天没有订阅每日摘要。/subscribe 可开始订阅。";

    public override string Subscribed(bool updated, string time, string zone) =>
        $"{(updated ? "已更新" : "已订阅")}：每天 {time}（{zone}）发送一份摘要。/digest 立即查看今天的摘要；/unsubscribe 停止订阅。";

    public override string NoSubscription(string defaultTime, string defaultZone) =>
        $"本聊天没有订阅每日摘要。/subscribe 可开始订阅，默认时间为 {defaultTime}（{defaultZone}）。";

    public override string SubscriptionSettings(string time, string zone, DateOnly? lastSent, string? status)
    {
        var last = lastSent is { } date
            ? $"上一份摘要：{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{DeliveryNote(status)}。"
            : "尚未发送过摘要。";
        return $"本聊天每天 {time}（{zone}）接收一份摘要。{last}";
    }

    public override string OnlyAdminsLanguage => "只有本群管理员可以更改回答语言。/lang 可查看当前设置。";

    public override string LanguageSet(LanguagePreference preference) => preference switch
    {
        LanguagePreference.Auto => "好的：本聊天今后按提问的语言回答，英文问题用英文回答，中文问题用中文回答。",
        _ => $"好的：本聊天今后{Describe(preference)}回答，无论用什么语言提问。/lang auto 可改为按提问的语言回答。",
    };

    public override string LanguageNow(LanguagePreference preference) =>
        $"本聊天{Describe(preference)}回答。可用 /lang en、/lang zh 或 /lang auto 更改。";

    public override string UnknownLanguage(string given) =>
        $"我只能用英文或中文回答，不支持“{given}”：/lang en、/lang zh，或 /lang auto 按每个问题的语言回答。";

    private static string Describe(LanguagePreference preference) => preference switch
    {
        LanguagePreference.English => "用英文",
        LanguagePreference.Chinese => "用中文（按提问所用的简体或繁体）",
        LanguagePreference.SimplifiedChinese => "用简体中文",
        LanguagePreference.TraditionalChinese => "用繁体中文",
        _ => "按每个问题的语言（auto）",
    };

    private static string DeliveryNote(string? status) => status switch
    {
        "queued" => "（正在发送）",
        "unconfirmed" => "（未确认送达：发送时机器人重启了，因此没有重发）",
        "failed" => "（未能送达）",
        _ => "",
    };
}

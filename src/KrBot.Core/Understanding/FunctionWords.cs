namespace KrBot.Core.Understanding;

/// <summary>
/// Words and characters that carry no name: what is left of a question after names, measures and intent words
/// are found, minus these, is an unknown name ("Zoom", "华为") the bot should admit it does not know.
/// </summary>
internal static class FunctionWords
{
    public static readonly IReadOnlySet<string> Latin = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "as", "is", "are", "was",
        "were", "be", "been", "do", "does", "did", "have", "has", "had", "how", "many", "much", "what", "whats", "which",
        "it", "its", "me", "my", "you", "your", "we", "our", "us", "i", "there", "their", "they", "them", "this", "that",
        "these", "those", "any", "some", "all", "now", "currently", "current", "today", "latest", "newest", "recent",
        "total", "number", "count", "figure", "figures", "stat", "stats", "get", "got", "tell", "show", "give", "know",
        "please", "pls", "can", "could", "would", "will", "should", "use", "uses", "used", "using", "app", "apps", "tool",
        "tools", "platform", "platforms", "its", "so", "far", "yet", "up", "out", "than", "then", "also", "too", "more",
        "most", "less", "about", "just", "only", "exactly", "approximately", "roughly", "around", "over", "under", "into",
        "people", "person", "million", "billion", "thousand", "year", "years", "month", "date", "day", "ever", "if", "not",
        "no", "yes", "ok", "okay", "thanks", "thank", "hmm", "well", "bot", "krbot", "make", "made", "said", "say", "says",
        "reach", "hit", "reached", "big", "bigger", "large", "larger", "size", "s", "vs", "v", "did", "happen", "happened",
        "internal", "collaboration", "video", "conferencing", "office", "company", "companies", "china", "chinese",
        "enterprise", "work", "who", "when", "where", "why", "between", "both", "each", "other", "new", "old", "one", "two",
        "numbers", "data", "info", "your", "yours", "come", "comes",
    };

    /// <summary>Single characters that carry no name in Chinese questions.</summary>
    public const string Han = "的了吗呢吧啊呀是有多少几个么什在和与跟比对谁哪啥怎样用户人们家这那它其及或还也都把被给让请问你我他她年月日号到现今目前共计总数量多大下";

    /// <summary>Generic Chinese nouns ("office collaboration tool") that are not names either.</summary>
    public static readonly IReadOnlyList<string> HanWords = ["办公", "协作", "工具", "软件", "应用", "平台", "公司", "产品", "中国", "一下", "数据"];
}

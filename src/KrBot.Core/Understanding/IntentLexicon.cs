namespace KrBot.Core.Understanding;

/// <summary>
/// The grammar words of questions, in English and Chinese. Entities and metrics live in the fact base, where
/// curators edit them; these words are how people ask, so they live with the parser.
/// </summary>
internal static class IntentLexicon
{
    public static readonly IReadOnlyDictionary<string, string[]> IntentWords = new Dictionary<string, string[]>
    {
        ["compare"] = ["compare", "comparison", "compared", "vs", "versus", "against", "difference", "differ", "bigger than", "larger than", "more than", "bigger", "larger", "which is bigger", "which has more", "has more", "have more", "对比", "比较", "相比", "比一比", "哪个大", "差别", "区别"],
        ["when"] = ["when", "what date", "which date", "what year", "which year", "what month", "since when", "什么时候", "何时", "哪天", "哪一年", "几月", "时间"],
        ["who"] = ["who", "whose", "which company", "谁", "誰"],
        ["sources"] = ["sources", "source", "citation", "citations", "references", "reference", "where do you get", "come from", "where does the data come from",
            "who wrote", "wrote", "written", "writer", "author", "authors", "published", "publisher", "publication", "article", "articles",
            "来源", "出处", "数据来源", "作者", "谁写", "发表", "出版", "文章"],
        ["help"] = ["help", "commands", "what can you do", "what do you know", "how do i use", "帮助", "你能做什么", "怎么用"],
        ["greeting"] = ["hi", "hello", "hey", "good morning", "你好", "您好", "嗨"],
        ["overview"] = ["tell me about", "overview", "info", "information", "facts", "stats", "statistics", "summary", "概况", "情况", "数据"],
    };

    /// <summary>Measures people ask for that the fact base does not hold: recognised so we can say so plainly.</summary>
    public static readonly IReadOnlyList<string> UnknownMetrics =
    [
        "revenue", "revenues", "sales", "profit", "profits", "income", "earnings", "price", "prices", "pricing", "cost", "costs",
        "valuation", "employees", "staff", "headcount", "downloads", "installs", "funding", "investors", "market share",
        "marketshare", "mau", "monthly active users", "monthly active", "paying customers", "subscribers", "rating",
        "ceo", "chief executive", "founder", "founders", "founded", "chairman", "president", "headquarters", "hq", "headquartered",
        "share price", "stock price", "market cap", "market capitalization", "market value", "net worth", "ipo", "dividend",
        "收入", "营收", "利润", "价格", "估值", "员工", "下载量", "融资", "市场份额", "月活",
        "首席执行官", "总裁", "创始人", "董事长", "总部", "股价", "市值",
    ];

    /// <summary>Everyday words that must never be "corrected" into a name by fuzzy matching.</summary>
    public static readonly IReadOnlySet<string> CommonWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "about", "after", "again", "against", "already", "another", "being", "before", "biggest", "could", "daily", "every",
        "first", "found", "great", "having", "large", "later", "latest", "least", "might", "million", "billion", "number",
        "numbers", "other", "people", "person", "please", "right", "since", "still", "their", "there", "these", "thing",
        "things", "think", "those", "three", "today", "total", "under", "until", "weather", "where", "which", "while",
        "whose", "world", "would", "write", "years", "currently", "company", "companies", "china", "chinese", "thanks",
        "thank", "doing", "going", "really", "should", "tomorrow", "yesterday", "office", "products", "product", "market",
        "platform", "platforms", "remote", "video", "online", "meeting", "meetings", "users", "accounts", "tools",
    };
}

namespace KrBot.Core.Languages;

/// <summary>
/// Simplified to traditional Chinese, character by character, for the characters KrBot's replies and the bundled
/// fact base use and those people type most in questions. Characters with more than one traditional form are
/// mapped as these texts use them (发 is 發, never 髮; 里 is 裡; 钟 is 鐘), so avoid a word whose character would
/// convert wrongly (回复 would become 回復: write 回答). A character written the same in both scripts is listed in
/// <see cref="Same"/>; a test checks that every character of the replies and of the fact base's Chinese is known.
/// </summary>
public static class TraditionalScript
{
    private const string Simplified =
        "万与业东两个为举么书争于产亿从们价众会体儿关兴内写决况净几刚创别办务动区华协单占发变台号后吗启员响围国场处头实对将属带帮" +
        "并库应开归当总战户执报据数断无时显机权条来构标样欢欧气没测润点现电码础确称竞简红线组织绍经给统绩网联腾节范荐获营装规视触" +
        "计订认议讯许论设评识试话询语说请读谁财账费资跃转软载较输达过运还这远适里钉钟钮销镑长门问间闻阅际陈随项顺预频题额飞着";

    private const string Traditional =
        "萬與業東兩個為舉麼書爭於產億從們價眾會體兒關興內寫決況淨幾剛創別辦務動區華協單佔發變臺號後嗎啟員響圍國場處頭實對將屬帶幫" +
        "並庫應開歸當總戰戶執報據數斷無時顯機權條來構標樣歡歐氣沒測潤點現電碼礎確稱競簡紅線組織紹經給統績網聯騰節範薦獲營裝規視觸" +
        "計訂認議訊許論設評識試話詢語說請讀誰財帳費資躍轉軟載較輸達過運還這遠適裡釘鐘鈕銷鎊長門問間聞閱際陳隨項順預頻題額飛著";

    /// <summary>Characters the replies use that both scripts write alike.</summary>
    public const string Same =
        "一七三上下不中之九也了事二互五些交京人什今介他付代令以件任份企估但何作你使例供保信倍候值做停元先入全八公六其具再冠出分列" +
        "利到前力加助募包化十半即去取受句另只可司各合同名向吸呢命和品哪售商嗨器四回因在地基境增多大天太失好如始媒子字存季它安官定" +
        "客家容少尚工巨差己已巴市布帖席幅平年底度建引影得微怎息您情意慢成我或截所才打投抱括持指按排接推提搜摘擎支收改放政效教整文" +
        "新方日早旬明是暴更最月有服期未本某查根格案概模次款歉止正此母每比法注活流消深港源版物猜理用由略疫百的盈益目相看知短社票科" +
        "秒程稿立章童第等答算管索繁置美群者聊股育能自至英著董融行衡表裁西要解言象起超跟跳迅迎近述送通速道那部都重量阿附限零非面首" +
        "香默";

    private static readonly Dictionary<char, char> ToTraditional = Simplified.Zip(Traditional).ToDictionary(p => p.First, p => p.Second);
    private static readonly HashSet<char> TraditionalOnly = [.. Traditional];

    public static string Convert(string text)
    {
        if (!text.Any(ToTraditional.ContainsKey)) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = ToTraditional.GetValueOrDefault(source[i], source[i]);
        });
    }

    /// <summary>Whether the table knows how the character is written in traditional text.</summary>
    public static bool IsKnown(char c) => ToTraditional.ContainsKey(c) || TraditionalOnly.Contains(c) || Same.Contains(c, StringComparison.Ordinal);

    public static bool IsSimplifiedOnly(char c) => ToTraditional.ContainsKey(c);

    public static bool IsTraditionalOnly(char c) => TraditionalOnly.Contains(c);
}

using KrBot.Core.Knowledge;

namespace KrBot.Core.Tests.Evaluation;

/// <summary>A generated question and the entity it is about; null when no entity must be answered.</summary>
internal sealed record NearMissCase(string Question, string? EntityId, string Kind);

/// <summary>
/// A labelled set of misspelt names, generated from the fact base's own aliases (so it grows with it): every
/// deletion, doubled letter, neighbouring-key substitution and swap of two letters in each name word of five letters
/// or more, asked in a sentence; plus near misses that are other things ("dingdong", "larkspur") or a longer name
/// misspelt ("wechat workk"), where answering any entity — or the contained one — is wrong.
/// Deterministic: no randomness, the same set every run.
/// </summary>
internal static class NearMissSet
{
    private static readonly string[] Templates = ["how many users does {0} have", "{0} users", "tell me about {0}"];

    // Keys next to each other on a QWERTY keyboard: the substitutions people actually make.
    private static readonly Dictionary<char, string> Neighbours = new()
    {
        ['a'] = "sq", ['b'] = "vn", ['c'] = "xv", ['d'] = "sf", ['e'] = "wr", ['f'] = "dg", ['g'] = "fh", ['h'] = "gj", ['i'] = "uo",
        ['j'] = "hk", ['k'] = "jl", ['l'] = "k", ['m'] = "n", ['n'] = "bm", ['o'] = "ip", ['p'] = "o", ['q'] = "w", ['r'] = "et",
        ['s'] = "ad", ['t'] = "ry", ['u'] = "yi", ['v'] = "cb", ['w'] = "qe", ['x'] = "zc", ['y'] = "tu", ['z'] = "x",
    };

    /// <summary>Things that resemble a name but are not one of ours, and longer names misspelt; "must not" answers.</summary>
    private static readonly (string Question, string? Allowed, string MustNotBe)[] HardCases =
    [
        ("dingdong users", null, "jd"),
        ("how many users does dingdong have", null, "jd"),
        ("larkspur", null, "lark"),
        ("ark users", null, "lark"),
        ("how many users does wechat workk have", "wechatwork", "wechat"),
        ("we chat wrk", "wechatwork", "wechat"),
        ("wechat wrok users", "wechatwork", "wechat"),
        ("enterrpise wechat", "wechatwork", "wechat"),
        ("wechat enterprize users", "wechatwork", "wechat"),
        ("微信企业版有多少用户", "wechatwork", "wechat"),
        ("企业版微信", "wechatwork", "wechat"),
        ("joy meetings app", "joymeeting", "-"),
        ("tencent musik", "tencent", "-"),
        ("bytedancer", "bytedance", "-"),
        ("weibo users", null, "wechat"),
        ("alipay users", null, "-"),
        ("zoom users", null, "-"),
        ("slack users", null, "-"),
        ("teams users", null, "-"),
    ];

    public static IReadOnlyList<NearMissCase> Build(FactBase facts)
    {
        var cases = new List<NearMissCase>();
        foreach (var entity in facts.Entities)
        {
            foreach (var alias in entity.Aliases.Where(a => a.All(c => c < 128)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var words = alias.ToLowerInvariant().Split(' ');
                for (var w = 0; w < words.Length; w++)
                {
                    if (words[w].Length < 5 || !words[w].All(char.IsAsciiLetterLower)) continue;
                    foreach (var typo in Typos(words[w]).Distinct())
                    {
                        var name = string.Join(' ', words.Select((x, i) => i == w ? typo : x));
                        var template = Templates[(cases.Count + w) % Templates.Length];
                        cases.Add(new NearMissCase(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, name), entity.Id, "typo"));
                    }
                }
            }
        }

        foreach (var (question, allowed, mustNotBe) in HardCases) cases.Add(new NearMissCase(question, allowed, "near miss, must not be " + mustNotBe));
        return cases;
    }

    private static IEnumerable<string> Typos(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
            yield return word.Insert(i, word[i].ToString());
            foreach (var near in Neighbours.GetValueOrDefault(word[i], "")) yield return word[..i] + near + word[(i + 1)..];
            if (i + 1 < word.Length && word[i] != word[i + 1]) yield return word[..i] + word[i + 1] + word[i] + word[(i + 2)..];
        }
    }
}

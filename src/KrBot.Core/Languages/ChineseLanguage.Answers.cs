using KrBot.Core.Answering;

namespace KrBot.Core.Languages;

internal sealed partial class ChineseLanguage
{
    public override string NoFactsYet(string name) => $"我知道{name}这个名称，但事实库里还没有关于它的事实。";

    public override string MoreItems(int more) => $"……另有{Count(more)}条；询问某一项指标即可查看。";

    public override string NoFigureInYear(string metric, string name, int year, string? dateWeHave) => dateWeHave is null
        ? $"我没有{name}在{year}年的{metric}数据；我有的那个数字没有注明日期："
        : $"我没有{name}在{year}年的{metric}数据；我有的是{dateWeHave}的数字：";

    public override string ClosestMeasure(string metric, string name, string closest) => $"我没有{name}的{metric}数据；最接近的指标是{closest}：";

    public override string ForecastCaution => "这是预测，不是实测数字。";

    public override string EarlierFigures => "同一指标的更早数字：";

    public override string MoreEarlier(int more, string name, string metricWord, int year) =>
        $"……另有{Count(more)}条；问某一年即可查看（例如“{name}{year}年{metricWord}”）。";

    public override string RelatedCaution => "相关，但衡量的是不同的东西（不要与上面的数字相加或比较）：";

    public override string MoreRelated(int more, string entityId) => $"……其他指标还有{Count(more)}条；/{entityId} 会全部列出。";

    public override string NoDatedFacts(string name) => $"关于这一点，我没有{name}带日期的事实。";

    public override string NoDateGiven(string name) => $"来源没有给出这件事的日期。它关于{name}的说法：";

    public override string NoOwner(string name) => $"来源没有说{name}由谁开发或归谁所有。";

    public override string TiedTo(string name) => $"来源中与{name}相关联的：";

    public override string Scope => "我根据一个人工整理的事实库回答关于中国企业协作市场的问题：每个数字都附有日期和来源。";

    public override string Hello => "你好！" + Scope;

    public override Span[] TypeHelp() => [new TextSpan("输入 "), new CommandSpan("/help"), new TextSpan(" 查看全部命令。")];

    public override string CommandsHeading => "命令：";

    public override string OneCommandPerName => "每个名称一个命令：";

    public override string AskExamplesIntro => "可以用中文或英文提问，例如：";

    public override IReadOnlyList<string> Examples { get; } = ["钉钉有多少用户？", "比较钉钉和企业微信", "飞书是谁的？", "How many users does DingTalk have?"];

    public override string SourcesIntro => "我陈述的每个事实都引用以下来源之一：";

    public override string DidYouMean(IEnumerable<string> names) => names.ToList() is [var one]
        ? $"我不确定你指的是什么。你是说{one}吗？"
        : $"我不确定你指的是哪一个：是{Or(names)}？";

    public override string UnknownMeasure(string term, string name) => $"我没有{name}的{DescribeTerm(term)}：来源没有给出，所以我不会猜测。";

    public override string NoDescription(string name) => $"来源没有明确说{name}是什么。它说的是：";

    public override string AlsoSays => "来源还提到：";

    public override string NothingOn(string metric, string name) => $"我没有{name}的{metric}。";

    public override string NothingForAnything(string metric) => $"我目前没有任何对象的{metric}。";

    public override string WhichOne(IEnumerable<(string Metric, IReadOnlyList<string> Names)> offers) =>
        $"你指的是哪一个？我有：{string.Join("；", offers.Select(o => $"{List(o.Names)}的{o.Metric}"))}。";

    public override string NothingOnTerm(string term) => $"我没有关于“{term}”的任何信息。{Scope}";

    public override string DontKnow => $"这个问题我不知道。{Scope}";

    public override string CanTellAbout(IEnumerable<string> names) => $"我可以介绍{List(names)}等，试试 /help。";

    public override Span[] UnknownCommand(string command) =>
        [new TextSpan("我不认识命令 "), new CommandSpan("/" + command), new TextSpan("。输入 "), new CommandSpan("/help"), new TextSpan(" 查看我支持的命令。")];

    public override string Versus(string a, string b) => $"{a} 对比 {b}";

    public override string AllOn(string name) => $"{name}的全部信息";

    public override string NoFactsOn(string name) => $"我还没有关于{name}的事实。";

    public override string WhatIHave(string name, IEnumerable<string> metrics) => $"关于{name}，我有的是：{List(metrics)}。";

    public override string NoFigureFor(string name, string metric) => $"{name}：我没有{metric}数据。";

    public override string NothingToCompare => "因此没有可以用来比较的数字；可以分别询问，看看我有哪些信息。";

    public override Span[] Ratio(string bigFigure, string smallFigure, string bigName, string smallName, ComputedSpan ratio) =>
    [
        new TextSpan($"根据两个引用的数字计算（{bigFigure} ÷ {smallFigure}）：{bigName}的数字是{smallName}的"),
        ratio,
        new TextSpan("。"),
    ];

    public override string Times(string ratio) => $"{ratio}倍";

    public override string DifferentThings(IEnumerable<(string Metric, string Name)> measures) =>
        $"注意：这些数字统计的是不同的东西：{List(measures.Select(m => $"{m.Metric}（{m.Name}）"))}。";

    public override string UndatedCaution => "注意：来源没有给出其中至少一个数字的日期。";

    public override string DifferentDates(IEnumerable<string> dates) => $"注意：这些数字来自不同的日期（{List(dates)}）。";

    public override string ForecastInComparison => "注意：其中至少有一个数字是预测，不是实测。";

    public override string NothingOnMetric(string name, string metric) => $"{name}：没有关于{metric}的信息。";

    public override Span[] CompareUsage() =>
        [new TextSpan("请说出两个要比较的名称，例如 "), new CommandSpan("/compare dingtalk wechatwork"), new TextSpan("。")];

    public override string SourcesDisagree(string? name, int others) =>
        $"注意：各来源对{(name is null ? "这个数字" : name + "的数字")}说法不一；{(others == 1 ? "另一来源给出" : "其他来源给出")}：";

    public override string DigestHeading(DateOnly date) => $"KrBot 每日摘要，{Date(date)}";

    public override string DigestWelcome => "欢迎订阅每日摘要。从明天起，事实库新增的事实会首先出现在这里。";

    public override string NothingNew => "自上次摘要以来，事实库没有新内容。";

    public override string NewInFactBase => "事实库新增：";

    public override string MoreNew(int more) => $"……另有{Count(more)}条；询问某个名称即可查看。";

    public override string StatOfTheDay => "今日数据：";

    public override string ComparisonHeading => "对比：";

    public override string SuggestionsHeading => "试试：";

    public override string SourcesLabel => "来源";
}

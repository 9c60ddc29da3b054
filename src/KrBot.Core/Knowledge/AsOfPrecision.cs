namespace KrBot.Core.Knowledge;

public enum AsOfPrecision
{
    Day,
    Month,
    EarlyMonth,
    MidMonth,
    LateMonth,
    Quarter,
    Half,
    Year,
    YearEnd,
    /// <summary>The source gives no date: we say so rather than borrow the article's.</summary>
    Undated,
}

using System.Text;

namespace KrBot.Telegram.Routing;

/// <summary>
/// What a button carries: "q:" and the question to ask when it is pressed. Telegram allows 1-64 bytes of
/// callback data, so a question that does not fit gets no button.
/// </summary>
internal static class CallbackData
{
    private const string QuestionPrefix = "q:";
    private const int MaxBytes = 64;

    public static string ForQuestion(string question) => QuestionPrefix + question;

    public static bool Fits(string question) => Encoding.UTF8.GetByteCount(ForQuestion(question)) <= MaxBytes;

    public static string? QuestionOf(string? data) =>
        data is not null && data.StartsWith(QuestionPrefix, StringComparison.Ordinal) && data.Length > QuestionPrefix.Length
            ? data[QuestionPrefix.Length..]
            : null;
}

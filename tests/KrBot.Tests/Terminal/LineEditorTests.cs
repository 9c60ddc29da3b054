using KrBot.Terminal;

namespace KrBot.Tests.Terminal;

public sealed class LineEditorTests
{
    [Fact]
    public void LeftArrowAndBackspace_EditInsideTheLine()
    {
        var (editor, _) = Editor(Type("dingtlak users"), Keys(ConsoleKey.LeftArrow, 6), Keys(ConsoleKey.Backspace, 4), Type("talk"), [Key(ConsoleKey.Enter)]);

        Assert.Equal("dingtalk users", editor.ReadLine("> "));
    }

    [Fact]
    public void UpAndDown_BringBackEarlierQuestions()
    {
        var (editor, _) = Editor(Type("/dingtalk"), [Key(ConsoleKey.Enter)], Type("/lark"), [Key(ConsoleKey.Enter)], Keys(ConsoleKey.UpArrow, 2), [Key(ConsoleKey.Enter)], Keys(ConsoleKey.UpArrow, 3), [Key(ConsoleKey.DownArrow), Key(ConsoleKey.Enter)]);

        Assert.Equal("/dingtalk", editor.ReadLine("> "));
        Assert.Equal("/lark", editor.ReadLine("> "));
        Assert.Equal("/dingtalk", editor.ReadLine("> "));
        Assert.Equal("/lark", editor.ReadLine("> "));
    }

    [Fact]
    public void HomeEndDeleteAndCtrlU()
    {
        var (editor, _) = Editor(Type("xx lark"), [Key(ConsoleKey.Home), Key(ConsoleKey.Delete), Key(ConsoleKey.End)], Type("?"), [Key(ConsoleKey.Enter)],
            Type("junk /wechat"), Keys(ConsoleKey.LeftArrow, 7), [Control(ConsoleKey.U), Key(ConsoleKey.Enter)]);

        Assert.Equal("x lark?", editor.ReadLine("> "));
        Assert.Equal("/wechat", editor.ReadLine("> "));
    }

    [Fact]
    public void CtrlDOnAnEmptyLine_Leaves_ElsewhereItDeletes()
    {
        var (editor, _) = Editor(Type("ab"), [Key(ConsoleKey.LeftArrow), Control(ConsoleKey.D), Key(ConsoleKey.Enter), Control(ConsoleKey.D)]);

        Assert.Equal("a", editor.ReadLine("> "));
        Assert.Null(editor.ReadLine("> "));
    }

    [Fact]
    public void ChineseCharacters_MoveTheCursorTwoColumns()
    {
        var (editor, screen) = Editor(Type("钉钉用户"), Keys(ConsoleKey.LeftArrow, 2), Type("X"), [Key(ConsoleKey.Enter)]);

        Assert.Equal("钉钉X用户", editor.ReadLine("> "));
        Assert.Contains("\r> 钉钉X用户\u001b[K\u001b[4D", screen.ToString(), StringComparison.Ordinal); // back over 用户: 4 columns
        Assert.Equal(2, LineEditor.Columns("钉"));
        Assert.Equal(5, LineEditor.Columns("Lark "));
    }

    private static (LineEditor Editor, StringWriter Screen) Editor(params IEnumerable<ConsoleKeyInfo>[] script)
    {
        var keys = new Queue<ConsoleKeyInfo>(script.SelectMany(k => k));
        var screen = new StringWriter();
        return (new LineEditor(keys.Dequeue, screen), screen);
    }

    private static IEnumerable<ConsoleKeyInfo> Type(string text) =>
        text.Select(c => new ConsoleKeyInfo(c, c is >= 'a' and <= 'z' ? ConsoleKey.A + (c - 'a') : 0, false, false, false));

    private static IEnumerable<ConsoleKeyInfo> Keys(ConsoleKey key, int times) => Enumerable.Repeat(Key(key), times);

    private static ConsoleKeyInfo Key(ConsoleKey key) => new(key == ConsoleKey.Enter ? '\r' : '\0', key, false, false, false);

    private static ConsoleKeyInfo Control(ConsoleKey key) => new((char)(key - ConsoleKey.A + 1), key, false, false, true);
}

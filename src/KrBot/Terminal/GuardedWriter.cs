using System.Text;

namespace KrBot.Terminal;

/// <summary>
/// Standard output that turns a failed write into <see cref="OutputFailedException"/>, so that `krbot --help &gt;
/// /dev/full` says it could not write its output instead of blaming whatever else raises IOException (the database).
/// </summary>
internal sealed class GuardedWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    public override Task WriteAsync(string? value) => GuardAsync(() => inner.WriteAsync(value));

    public override Task WriteLineAsync(string? value) => GuardAsync(() => inner.WriteLineAsync(value));

    public override Task WriteLineAsync() => GuardAsync(inner.WriteLineAsync);

    public override Task FlushAsync(CancellationToken cancellationToken) => GuardAsync(() => inner.FlushAsync(cancellationToken));

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            throw new OutputFailedException(e);
        }
    }

    private static async Task GuardAsync(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (IOException e)
        {
            throw new OutputFailedException(e);
        }
    }
}

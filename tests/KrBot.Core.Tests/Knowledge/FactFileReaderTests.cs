using System.Diagnostics;
using System.Text;
using FactFileReader = KrBot.Core.Knowledge.FactFileReader;

namespace KrBot.Core.Tests.Knowledge;

/// <summary>Files that cannot be read as text are reported as what they are, each in one line, never hung on.</summary>
public sealed class FactFileReaderTests : IDisposable
{
    private readonly KnowledgeFolder _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void Load_UnreadableEntities_SaysPermissionDeniedWithoutFollowOnProblems()
    {
        File.SetUnixFileMode(_kb.PathOf("entities.yaml"), UnixFileMode.None);

        var problems = AsNobody.Run(_kb.Problems);

        // Not 35 "unknown entity" lines for the facts that name entities the file would have defined.
        Assert.Equal(["entities.yaml:1: the file cannot be read: permission denied"], problems);
    }

    [Fact]
    public async Task Load_FifoNamedLikeAFactFile_IsReportedNotWaitedOn()
    {
        var fifo = _kb.PathOf("facts-extra.yaml");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) await mkfifo.WaitForExitAsync();

        var load = Task.Run(_kb.Problems);
        var finished = await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(10))) == load;
        // Should it hang, a writer releases the blocked reader so the test run can end.
        if (!finished) await File.WriteAllTextAsync(fifo, "");

        Assert.True(finished, "loading hung on the FIFO");
        Assert.Equal(["facts-extra.yaml:1: a named pipe (FIFO), not an ordinary file: the fact base reads only plain text files"], await load);
    }

    [Fact]
    public void Load_LinkToADevice_IsReported()
    {
        File.CreateSymbolicLink(_kb.PathOf("facts-null.yaml"), "/dev/null");

        Assert.Equal(["facts-null.yaml:1: a device, not an ordinary file: the fact base reads only plain text files"], _kb.Problems());
    }

    [Fact]
    public void Load_FileOverTheSizeLimit_IsReportedWithItsSize()
    {
        _kb.Write("facts-huge.yaml", new string('#', FactFileReader.MaxBytes + 1));

        Assert.Equal(["facts-huge.yaml:1: the file is 4,194,305 bytes; a fact file may hold at most 4 MiB: split it into several files"], _kb.Problems());
    }

    [Fact]
    public void Load_Latin1Byte_NamesTheLineAndTheByte()
    {
        var text = _kb.Text("entities.yaml");
        var line = _kb.LineOf("entities.yaml", "name: Baidu");
        var bytes = Encoding.UTF8.GetBytes(text.Replace("name: Baidu", "name: Baidu caf", StringComparison.Ordinal));
        var offset = Encoding.UTF8.GetByteCount(text[..(text.IndexOf("name: Baidu", StringComparison.Ordinal) + "name: Baidu caf".Length - 4)]);
        // "café" as Latin-1 writes é as the single byte 0xE9, which UTF-8 cannot start a character with.
        File.WriteAllBytes(_kb.PathOf("entities.yaml"), [.. bytes[..offset], 0xE9, .. bytes[offset..]]);

        Assert.Equal([$"entities.yaml:{line}: not UTF-8: byte {offset} (0xE9) is not valid UTF-8; save the file as UTF-8"], _kb.Problems());
    }

    [Fact]
    public void Load_FileWithByteOrderMark_IsRead()
    {
        File.WriteAllBytes(_kb.PathOf("sources.yaml"), [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(_kb.PathOf("sources.yaml"))]);

        Assert.Empty(_kb.Problems());
    }
}

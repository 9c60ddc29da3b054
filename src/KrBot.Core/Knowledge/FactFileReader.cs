using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace KrBot.Core.Knowledge;

/// <summary>
/// Reads one fact file as text, or says in one sentence why it cannot: it is not an ordinary file (a FIFO would
/// block the reader forever), it is too large, it cannot be read, or it is not UTF-8 (a wrong byte would reach
/// answers as “caf�”). File-wide problems point at line 1, except a bad byte, which points at its own line.
/// </summary>
internal static class FactFileReader
{
    /// <summary>Hundreds of times the bundled facts.yaml: anything larger is a mistake, not a fact file.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public static string? Read(string path, string display, List<KnowledgeProblem> problems)
    {
        var start = new SourceLocation(display, 1);
        var kind = FileTypeProbe.Of(path);
        if (kind is FileKind.Fifo or FileKind.Device or FileKind.Socket or FileKind.Directory)
        {
            problems.Add(new(start, $"{Describe(kind)}, not an ordinary file: the fact base reads only plain text files"));
            return null;
        }

        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            if (stream.Length > MaxBytes)
            {
                problems.Add(new(start, $"the file is {stream.Length.ToString("#,0", CultureInfo.InvariantCulture)} bytes; a fact file may hold at most 4 MiB: split it into several files"));
                return null;
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (UnauthorizedAccessException)
        {
            problems.Add(new(start, "the file cannot be read: permission denied"));
            return null;
        }
        catch (IOException e)
        {
            problems.Add(new(start, $"the file cannot be read: {e.Message}"));
            return null;
        }

        return Decode(bytes, display, problems);
    }

    private static string? Decode(byte[] bytes, string display, List<KnowledgeProblem> problems)
    {
        var text = bytes.AsSpan();
        var bom = text.StartsWith("\uFEFF"u8) ? 3 : 0;
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var status = Utf8.ToUtf16(text[bom..], chars, out var read, out var written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done) return new string(chars, 0, written);

            var offset = bom + read;
            var line = text[..offset].Count((byte)'\n') + 1;
            var what = offset < text.Length ? $"byte {offset} (0x{text[offset]:X2})" : "the last bytes";
            problems.Add(new(new SourceLocation(display, line), $"not UTF-8: {what} is not valid UTF-8; save the file as UTF-8"));
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.Device => "a device",
        FileKind.Socket => "a socket",
        _ => "a folder",
    };
}

using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace KrBot.Core.Knowledge;

/// <summary>
/// What kind of file a path names, asked before it is opened: opening a FIFO waits for a writer forever, and
/// .NET offers no way to ask without opening. Linux only (statx has one layout on every architecture, unlike stat);
/// elsewhere, and where libc lacks statx, the answer is "unknown" and the file is opened as before.
/// </summary>
internal static class FileTypeProbe
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;

    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return FileKind.Unknown;
        var buffer = new byte[256];
        try
        {
            // Follows links, as opening would: a link to an ordinary file is an ordinary file.
            if (Statx(AtCurrentDirectory, path, 0, StatxType, buffer) != 0) return FileKind.Unknown;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileKind.Unknown;
        }

        return (BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(ModeOffset)) & TypeMask) switch
        {
            0x8000 => FileKind.Regular,
            0x1000 => FileKind.Fifo,
            0x2000 or 0x6000 => FileKind.Device,
            0xC000 => FileKind.Socket,
            0x4000 => FileKind.Directory,
            _ => FileKind.Unknown,
        };
    }

    // DllImport, not LibraryImport: the generated marshalling would need unsafe code in the whole project.
    [DllImport("libc.so.6", EntryPoint = "statx")]
    private static extern int Statx(int directoryFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}

internal enum FileKind
{
    Unknown,
    Regular,
    Directory,
    Fifo,
    Device,
    Socket,
}

using System.Runtime.InteropServices;

namespace KrBot.Storage;

/// <summary>
/// Which file a path names right now: device and inode on Linux. A SQLite connection keeps the file it opened
/// even after the path is deleted or replaced, and would go on writing into an unlinked file that nobody will
/// ever read again; comparing identities before each unit of work notices that. Elsewhere only existence is known.
/// </summary>
internal readonly record struct FileIdentity(ulong Device, ulong Inode)
{
    // struct statx is laid out the same on every Linux architecture (unlike struct stat); we read three fields.
    private const int StatxSize = 256;
    private const int InodeOffset = 32;
    private const int DeviceMajorOffset = 136;
    private const int DeviceMinorOffset = 140;
    private const int AtCurrentFolder = -100;
    private const uint InodeMask = 0x100; // STATX_INO

    /// <summary>The identity of the file at <paramref name="path"/>; null when it does not exist (or cannot be told).</summary>
    public static FileIdentity? Of(string path)
    {
        if (!File.Exists(path)) return null;
        if (!OperatingSystem.IsLinux()) return new FileIdentity(0, 0);
        var buffer = new byte[StatxSize];
        try
        {
            if (Statx(AtCurrentFolder, path, 0, InodeMask, buffer) != 0) return File.Exists(path) ? new FileIdentity(0, 0) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A libc without statx (very old glibc, musl before 1.2.5): existence is all we can check.
            return new FileIdentity(0, 0);
        }

        var device = ((ulong)BitConverter.ToUInt32(buffer, DeviceMajorOffset) << 32) | BitConverter.ToUInt32(buffer, DeviceMinorOffset);
        return new FileIdentity(device, BitConverter.ToUInt64(buffer, InodeOffset));
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for the whole project; one call does not justify it.
    private static extern int Statx(int folderDescriptor, string path, int flags, uint mask, byte[] buffer);
#pragma warning restore SYSLIB1054
}

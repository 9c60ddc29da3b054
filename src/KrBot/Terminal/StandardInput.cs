namespace KrBot.Terminal;

/// <summary>
/// Whether standard input was closed when the program started (<c>krbot chat &lt;&amp;-</c>). Then descriptor 0 is
/// free, and the runtime's first pipe or event descriptor takes it: reading "standard input" would wait forever on
/// the runtime's own pipe. On Linux that shows: descriptor 0 is an anonymous inode, or a pipe whose writing end this
/// same process holds. Elsewhere nothing is assumed.
/// </summary>
internal static class StandardInput
{
    public static bool WasClosedAtStart()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            var target = LinkTarget(0);
            if (target is null || target.StartsWith("anon_inode:", StringComparison.Ordinal)) return target is not null;
            if (!target.StartsWith("pipe:", StringComparison.Ordinal)) return false;
            foreach (var entry in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
            {
                if (!int.TryParse(Path.GetFileName(entry), out var fd) || fd == 0 || LinkTarget(fd) != target) continue;
                if (IsWriteEnd(fd)) return true;
            }

            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // no /proc to look at: read as usual
        }
    }

    private static string? LinkTarget(int fd) => new FileInfo($"/proc/self/fd/{fd}").LinkTarget;

    // fdinfo's "flags" are octal; O_WRONLY is 1 and O_RDWR 2.
    private static bool IsWriteEnd(int fd) =>
        File.ReadLines($"/proc/self/fdinfo/{fd}").FirstOrDefault(l => l.StartsWith("flags:", StringComparison.Ordinal)) is { } flags
        && (Convert.ToInt32(flags[6..].Trim(), 8) & 3) is 1 or 2;
}

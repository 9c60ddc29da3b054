using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace KrBot.Core.Tests;

/// <summary>
/// Runs code with the file permissions of "nobody" (65534) when the tests run as root, as CI does: root reads any
/// file, so a chmod 000 alone would prove nothing. setfsuid changes only the calling thread's file-access identity,
/// so the code runs on a thread of its own and the rest of the test process keeps root's.
/// </summary>
internal static class AsNobody
{
    private const uint Nobody = 65534;

    public static T Run<T>(Func<T> action)
    {
        if (Environment.UserName != "root") return action();

        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            SetFileSystemUser(Nobody);
            try
            {
                // setfsuid answers with the identity in force; an invalid one (uint.MaxValue) changes nothing.
                if (SetFileSystemUser(uint.MaxValue) != Nobody) throw new InvalidOperationException("could not take nobody's file permissions");
                result = action();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                SetFileSystemUser(0);
            }
        });
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    [DllImport("libc.so.6", EntryPoint = "setfsuid")]
    private static extern int SetFileSystemUserRaw(uint uid);

    private static uint SetFileSystemUser(uint uid) => (uint)SetFileSystemUserRaw(uid);
}

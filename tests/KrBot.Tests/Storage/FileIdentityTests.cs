using KrBot.Storage;

namespace KrBot.Tests.Storage;

public sealed class FileIdentityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("krbot-identity-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Of_SameFileRewrittenInPlace_SameIdentity()
    {
        var path = Path.Combine(_folder, "a.db");
        File.WriteAllText(path, "one");
        var before = FileIdentity.Of(path);

        File.AppendAllText(path, "two");

        Assert.NotNull(before);
        Assert.Equal(before, FileIdentity.Of(path));
    }

    [Fact]
    public void Of_FileReplacedByAnother_DifferentIdentity()
    {
        var path = Path.Combine(_folder, "a.db");
        File.WriteAllText(path, "one");
        var before = FileIdentity.Of(path);
        File.WriteAllText(path + ".new", "one");

        File.Move(path + ".new", path, overwrite: true);

        Assert.NotEqual(before, FileIdentity.Of(path));
    }

    [Fact]
    public void Of_MissingFile_Null()
    {
        Assert.Null(FileIdentity.Of(Path.Combine(_folder, "missing.db")));
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace KrBot.FakeBotApi;

/// <summary>Takes a Bot API call apart: token and method from the path, arguments from query, form or JSON body.</summary>
internal static class BotApiRequestReader
{
    // Paths look like /bot123456:secret/sendMessage.
    public static bool TrySplitPath(string? path, out string token, out string method)
    {
        token = method = "";
        var slash = path?.LastIndexOf('/') ?? -1;
        if (path is null || !path.StartsWith("/bot", StringComparison.Ordinal) || slash <= 4 || slash == path.Length - 1)
        {
            return false;
        }

        token = path[4..slash];
        method = path[(slash + 1)..];
        return true;
    }

    /// <summary>The call's arguments; files uploaded with multipart/form-data (sendPhoto) go to <paramref name="files"/> by part name.</summary>
    public static async Task<JsonObject> ReadArgumentsAsync(HttpRequest request, Dictionary<string, byte[]> files, CancellationToken cancellationToken)
    {
        var arguments = new JsonObject();
        foreach (var (name, value) in request.Query)
        {
            arguments[name] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var (name, value) in form)
            {
                arguments[name] = value.ToString();
            }

            foreach (var file in form.Files)
            {
                using var content = new MemoryStream();
                await file.CopyToAsync(content, cancellationToken);
                files[file.Name] = content.ToArray();
            }
        }
        else
        {
            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync(cancellationToken);
            if (!string.IsNullOrWhiteSpace(text) && JsonNode.Parse(text) is JsonObject json)
            {
                foreach (var (name, value) in json)
                {
                    arguments[name] = value?.DeepClone();
                }
            }
        }

        return arguments;
    }
}

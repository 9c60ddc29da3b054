using System.Reflection;
using KrBot.Core.Answering;
using KrBot.Core.Languages;

namespace KrBot.Core.Tests.Languages;

/// <summary>
/// Every sentence a language can say, with sample arguments, found by reflection so that a template added later is
/// covered without editing the tests: the strings of each public property and method that takes only plain values.
/// </summary>
internal static class LanguageSamples
{
    public static IEnumerable<string> Texts(Language language)
    {
        foreach (var member in typeof(Language).GetMembers(BindingFlags.Public | BindingFlags.Instance))
        {
            switch (member)
            {
                case PropertyInfo { PropertyType: var type } property when type == typeof(string):
                    yield return (string)property.GetValue(language)!;
                    break;
                case PropertyInfo property when property.PropertyType == typeof(IReadOnlyList<string>):
                    foreach (var text in (IReadOnlyList<string>)property.GetValue(language)!) yield return text;
                    break;
                case MethodInfo { IsSpecialName: false } method when Arguments(method) is { } arguments:
                    foreach (var text in Invoke(language, method, arguments)) yield return text;
                    break;
            }
        }
    }

    private static IEnumerable<string> Invoke(Language language, MethodInfo method, IEnumerable<object?[]> argumentSets)
    {
        foreach (var arguments in argumentSets)
        {
            switch (method.Invoke(language, arguments))
            {
                case string text:
                    yield return text;
                    break;
                case Span[] spans:
                    yield return string.Concat(spans.Select(s => s.Text));
                    break;
            }
        }
    }

    /// <summary>Sample argument lists, one per preference for methods that take one; null for methods on model types.</summary>
    private static List<object?[]>? Arguments(MethodInfo method)
    {
        if (method.ReturnType != typeof(string) && method.ReturnType != typeof(Span[])) return null;
        if (method.DeclaringType == typeof(object)) return null;
        var parameters = method.GetParameters();
        var preferences = parameters.Any(p => p.ParameterType == typeof(LanguagePreference)) ? Enum.GetValues<LanguagePreference>() : [LanguagePreference.Auto];
        var sets = new List<object?[]>();
        foreach (var preference in preferences)
        {
            var values = new object?[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                values[i] = Sample(parameters[i].ParameterType, preference);
                if (values[i] is Unknown) return null;
            }

            sets.Add(values);
        }

        return sets;
    }

    private static object? Sample(Type type, LanguagePreference preference) => type switch
    {
        _ when type == typeof(string) => "X",
        _ when type == typeof(int) => 2,
        _ when type == typeof(bool) => true,
        _ when type == typeof(DateOnly) || type == typeof(DateOnly?) => new DateOnly(2020, 5, 20),
        _ when type == typeof(LanguagePreference) => preference,
        _ when type == typeof(IEnumerable<string>) => new[] { "A", "B", "C" },
        _ when type == typeof(IEnumerable<(string, IReadOnlyList<string>)>) => new (string, IReadOnlyList<string>)[] { ("M", ["A", "B"]), ("N", ["C"]) },
        _ when type == typeof(IEnumerable<(string, string)>) => new[] { ("M", "A"), ("N", "B") },
        _ when type == typeof(ComputedSpan) => new ComputedSpan("5", ["a", "b"]),
        _ => Unknown.Value,
    };

    private sealed class Unknown
    {
        public static readonly Unknown Value = new();
    }
}

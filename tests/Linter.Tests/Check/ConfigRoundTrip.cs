using System.Collections;
using System.Reflection;
using GoalLint.Check.Kinds;
using GoalLint.Check.Rules;
using GoalLint.Check.Yaml;
using GoalLint.Shared.Cache;

namespace GoalLint.Tests.Check;

/// <summary>
/// For <see cref="ParsedCacheTests"/>: a rule, pack, profile or shipped data file with every settable property set to
/// something other than what a new one holds, found by reflection, so a property added later is
/// covered too; and a deep comparison of two of them.
/// </summary>
internal static class ConfigRoundTrip
{
    public static T RoundTrip<T>(T value, ParsedCodec<T>? codec = null)
        where T : class
    {
        codec ??= ConfigBinary.For<T>()!;
        return codec.Decode(codec.Encode(value));
    }

    public static T Filled<T>(Type? check = null)
        where T : class =>
        (T)Fill(typeof(T), null, check);

    private static object Fill(Type type, object? current, Type? check)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return "值" + current;
        }

        if (underlying == typeof(bool))
        {
            return current is not true;
        }

        if (underlying == typeof(int))
        {
            return (current as int? ?? 0) + 7;
        }

        if (underlying == typeof(double))
        {
            return (current as double? ?? 0) + 0.5;
        }

        if (underlying == typeof(decimal))
        {
            return (current as decimal? ?? 0m) + 1.25m;
        }

        if (underlying.IsEnum)
        {
            return Enum.GetValues(underlying).Cast<object>().Last(v => !v.Equals(current));
        }

        if (underlying == typeof(Field))
        {
            return Field.Parse(Field.Names.Last(n => n != current?.ToString()), null);
        }

        if (underlying == typeof(Category))
        {
            return Category.Parse(Category.All.Last(c => c != current?.ToString()), null);
        }

        if (underlying == typeof(object))
        {
            return new List<object> { "词", new Dictionary<object, object> { ["键"] = "值", ["空"] = null! } };
        }

        if (underlying == typeof(CheckSpec))
        {
            return Fill(check ?? typeof(TextCheck), null, null);
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(underlying)!;
            list.Add(Fill(underlying.GetGenericArguments()[0], null, check));
            return list;
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            var map = (IDictionary)Activator.CreateInstance(underlying)!;
            map.Add("键", Fill(underlying.GetGenericArguments()[1], null, check));
            map.Add("无", underlying.GetGenericArguments()[1] == typeof(object) ? null : Fill(underlying.GetGenericArguments()[1], null, check));
            return map;
        }

        var value = Activator.CreateInstance(underlying)!;
        foreach (var property in Settable(underlying))
        {
            property.SetValue(value, Fill(property.PropertyType, property.GetValue(value), check));
        }

        return value;
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.SetMethod is { IsPublic: true });

    public static void AssertSame(object? expected, object? actual, string path = "")
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{path}: expected null, read {actual}");
                return;
            case string or bool or int or double or decimal or Enum or Field or Category:
                Assert.True(Equals(expected.ToString(), actual?.ToString()) && expected.GetType() == actual?.GetType(), $"{path}: wrote {expected}, read {actual}");
                return;
            case IDictionary map:
                var read = Assert.IsAssignableFrom<IDictionary>(actual);
                Assert.Equal(map.Keys.Cast<object>(), read.Keys.Cast<object>());
                foreach (var key in map.Keys)
                {
                    AssertSame(map[key], read[key], $"{path}[{key}]");
                }

                return;
            case IEnumerable items:
                var readItems = Assert.IsAssignableFrom<IEnumerable>(actual).Cast<object?>().ToArray();
                var written = items.Cast<object?>().ToArray();
                Assert.Equal(written.Length, readItems.Length);
                for (var i = 0; i < written.Length; i++)
                {
                    AssertSame(written[i], readItems[i], $"{path}[{i}]");
                }

                return;
            default:
                Assert.Equal(expected.GetType(), actual?.GetType());
                foreach (var property in Settable(expected.GetType()))
                {
                    AssertSame(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
                }

                return;
        }
    }
}

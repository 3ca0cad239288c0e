namespace GoalLint.Shared.Cache;

/// <summary>
/// The pieces the hand-written binary forms of <see cref="ParsedCache"/> entries are made of: text that
/// may be null, lists (a count, −1 for none), maps by string key, optional objects and nullable numbers.
/// </summary>
public static class BinaryForm
{
    public static void WriteText(this BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null)
        {
            w.Write(text);
        }
    }

    /// <summary>Text, null where it was written null (a YAML <c>~</c> can null even a property that starts as "").</summary>
    public static string? ReadText(this BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    public static void WriteNullable(this BinaryWriter w, bool? value) => w.WriteNullable(value is { } b ? (b ? 1 : 0) : null);

    public static bool? ReadNullableBool(this BinaryReader r) => r.ReadNullableInt() is { } i ? i != 0 : null;

    public static void WriteNullable(this BinaryWriter w, int? value)
    {
        w.Write(value.HasValue);
        if (value is { } v)
        {
            w.Write(v);
        }
    }

    public static int? ReadNullableInt(this BinaryReader r) => r.ReadBoolean() ? r.ReadInt32() : null;

    public static void WriteNullable(this BinaryWriter w, decimal? value)
    {
        w.Write(value.HasValue);
        if (value is { } v)
        {
            w.Write(v);
        }
    }

    public static decimal? ReadNullableDecimal(this BinaryReader r) => r.ReadBoolean() ? r.ReadDecimal() : null;

    public static void WriteOptional<T>(this BinaryWriter w, T? value, Action<BinaryWriter, T> write)
        where T : class
    {
        w.Write(value is not null);
        if (value is not null)
        {
            write(w, value);
        }
    }

    public static T? ReadOptional<T>(this BinaryReader r, Func<BinaryReader, T> read)
        where T : class =>
        r.ReadBoolean() ? read(r) : null;

    public static void WriteList<T>(this BinaryWriter w, List<T>? list, Action<BinaryWriter, T> write)
    {
        w.Write(list?.Count ?? -1);
        foreach (var item in list ?? [])
        {
            write(w, item);
        }
    }

    public static List<T>? ReadList<T>(this BinaryReader r, Func<BinaryReader, T> read)
    {
        var count = r.ReadInt32();
        if (count < 0)
        {
            return null;
        }

        var list = new List<T>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++)
        {
            list.Add(read(r));
        }

        return list;
    }

    public static void WriteTexts(this BinaryWriter w, List<string>? list) => w.WriteList(list, WriteText);

    public static List<string>? ReadTexts(this BinaryReader r) => r.ReadList(r => r.ReadText()!);

    /// <summary>A map as its count (−1 for none) and its entries, in the map's order.</summary>
    public static void WriteMap<T>(this BinaryWriter w, Dictionary<string, T>? map, Action<BinaryWriter, T> write)
    {
        w.Write(map?.Count ?? -1);
        foreach (var (key, value) in map ?? [])
        {
            w.Write(key);
            write(w, value);
        }
    }

    public static Dictionary<string, T>? ReadMap<T>(this BinaryReader r, Func<BinaryReader, T> read)
    {
        var count = r.ReadInt32();
        if (count < 0)
        {
            return null;
        }

        var map = new Dictionary<string, T>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++)
        {
            var key = r.ReadString();
            map[key] = read(r);
        }

        return map;
    }
}

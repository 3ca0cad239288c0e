using GoalLint.Check.Kinds;
using GoalLint.Shared.Cache;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GoalLint.Check.Yaml;

/// <summary>
/// The one YAML reader for rules, profiles and config files: kebab-case keys, unknown keys and
/// duplicate keys are errors, check kinds picked by their <c>kind:</c> key, the file read as
/// <see cref="ConfigFile"/> does (regular files only, size capped), nesting (in linear time) and
/// alias expansion capped, and every error located as file(line,col).
/// </summary>
public static class YamlFiles
{
    /// <summary>Built on the first parse, not with the class: a warm run takes every file from the cache and never loads YamlDotNet (two threads may each build one).</summary>
    private static IDeserializer? _deserializer;

    private static IDeserializer Deserializer => _deserializer ??= new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .WithMaximumRecursion(64)
        .WithNodeDeserializer(new KebabScalarDeserializer(), s => s.OnTop())
        .WithTypeDiscriminatingNodeDeserializer(o => o.AddKeyValueTypeDiscriminator<CheckSpec>("kind", CheckKinds.ByName))
        .Build();

    /// <summary>Reads <paramref name="path"/> as <typeparamref name="T"/>, or throws <see cref="ConfigurationException"/> with the location.</summary>
    public static T Read<T>(string path, string displayPath)
        where T : class
    {
        return Parse<T>(ConfigFile.ReadText(path, displayPath), displayPath);
    }

    /// <summary>Parses <paramref name="yaml"/>, or on a warm run takes what it parsed into from <see cref="ParsedCache"/>.</summary>
    public static T Parse<T>(string yaml, string displayPath)
        where T : class =>
        ConfigBinary.For<T>() is { } codec ? ParsedCache.Read(yaml, codec, () => ParseYaml<T>(yaml, displayPath)) : ParseYaml<T>(yaml, displayPath);

    private static T ParseYaml<T>(string yaml, string displayPath)
        where T : class
    {
        try
        {
            NestingCheck.Check(yaml);
            AliasBudget.Check(yaml);
            return Deserializer.Deserialize<T?>(yaml) ?? throw Error(displayPath, 1, 1, "the file is empty");
        }
        catch (YamlException ex)
        {
            var at = ex.InnerException is YamlException inner ? inner.Start : ex.Start;
            throw Error(displayPath, (int)at.Line, (int)at.Column, YamlMessages.Describe(ex, yaml, (int)at.Line, (int)at.Column));
        }
    }

    public static ConfigurationException Error(string file, int line, int column, string message) =>
        new([new ConfigError(file, line, column, message)]);
}

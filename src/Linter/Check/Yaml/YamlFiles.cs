using GoalLint.Check.Kinds;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GoalLint.Check.Yaml;

/// <summary>
/// The one YAML reader for rules, profiles and config files: kebab-case keys, unknown keys and
/// duplicate keys are errors, check kinds picked by their <c>kind:</c> key, size, nesting and
/// alias expansion are capped, and every error located as file(line,col).
/// </summary>
public static class YamlFiles
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .WithMaximumRecursion(64)
        .WithNodeDeserializer(new KebabScalarDeserializer(), s => s.OnTop())
        .WithTypeDiscriminatingNodeDeserializer(o => o.AddKeyValueTypeDiscriminator<CheckSpec>("kind", CheckKinds.ByName))
        .Build();

    /// <summary>Largest rule or profile file read; a bigger one is a configuration error, not a memory spike.</summary>
    private const long MaxBytes = 1 << 20;

    /// <summary>Reads <paramref name="path"/> as <typeparamref name="T"/>, or throws <see cref="ConfigurationException"/> with the location.</summary>
    public static T Read<T>(string path, string displayPath)
        where T : class
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                throw Error(displayPath, 0, 0, $"the file is {info.Length:N0} bytes, over the {MaxBytes:N0}-byte limit for configuration");
            }

            return Parse<T>(File.ReadAllText(path), displayPath);
        }
        catch (IOException ex)
        {
            throw Error(displayPath, 0, 0, ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw Error(displayPath, 0, 0, ex.Message);
        }
    }

    public static T Parse<T>(string yaml, string displayPath)
        where T : class
    {
        try
        {
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

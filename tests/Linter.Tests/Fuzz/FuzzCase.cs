using CsCheck;

namespace GoalLint.Tests.Fuzz;

/// <summary>
/// One fuzz input: a seed file (a corpus file or a text shape fixture), the mutations applied to it in order (text ones before it is
/// encoded, byte ones after) and the encoding it is saved in. Printed, it reproduces the input.
/// <paramref name="WholeRun"/> (one input in eight) checks the other files' findings under the
/// whole rule pack rather than the run-scoped rules alone.
/// </summary>
public sealed record FuzzCase(int File, IReadOnlyList<Mutation> Mutations, FuzzEncoding Encoding, bool WholeRun = false)
{
    public static readonly Gen<Mutation> MutationGen =
        Gen.Select(Gen.Enum<MutationKind>(), Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], (k, a, b) => new Mutation(k, a, b));

    /// <summary>
    /// The input made of <paramref name="seeds"/>[File]; the corpus files (<paramref name="pasted"/>) feed pasted
    /// rows, so a recorded case pastes what it pasted when it was found, whatever seeds were added since.
    /// </summary>
    public byte[] Build(IReadOnlyList<string> seeds, IReadOnlyList<string> pasted)
    {
        var text = seeds[File % seeds.Count];
        foreach (var m in Mutations.Where(m => !m.OnBytes))
        {
            text = TextMutator.Apply(text, m, pasted);
        }

        var bytes = FuzzEncodings.Encode(text, Encoding);
        foreach (var m in Mutations.Where(m => m.OnBytes))
        {
            bytes = ByteMutator.Apply(bytes, m);
        }

        return bytes;
    }

    /// <summary>The same case without mutation <paramref name="index"/>, for minimising.</summary>
    public FuzzCase Without(int index) => this with { Mutations = Mutations.Where((_, i) => i != index).ToArray() };

    public override string ToString() => $"file {File}, {Encoding}, [{string.Join(", ", Mutations)}]{(WholeRun ? ", whole run" : "")}";

    public static Gen<FuzzCase> Generator(int files) =>
        Gen.Select(Gen.Int[0, files - 1], MutationGen.Array[1, 4], Gen.Enum<FuzzEncoding>(), Gen.Int[0, 7], (f, m, e, w) => new FuzzCase(f, m, e, w == 0));
}

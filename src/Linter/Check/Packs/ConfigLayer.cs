namespace GoalLint.Check.Packs;

/// <summary>
/// One layer of settings (a profile, or the config file) and what its author may do.
/// </summary>
/// <param name="Name">"profile dongguan" or "config", for provenance.</param>
/// <param name="Path">The file's real path.</param>
/// <param name="File">What it says.</param>
/// <param name="Trusted">
/// Its author is the user: it may name templates, packs whose code runs, and paths anywhere.
/// An untrusted layer may only switch rules on and off, change severities and parameters, and
/// add packs of YAML rules from inside <paramref name="Boundary"/>.
/// </param>
/// <param name="FromInputs">It came with the inputs (found, not named on the command line): what it does to the gate is reported.</param>
/// <param name="Boundary">Real folders an untrusted layer's paths must stay in: the submission, and the folder a found config sits in.</param>
internal sealed record ConfigLayer(string Name, string Path, ProfileFile File, bool Trusted, bool FromInputs, IReadOnlyList<string> Boundary)
{
    public string Display => RulesHome.Display(Path);

    public string Source => $"{Name} ({Display})";

    /// <summary>A path the layer names, relative to the layer's file.</summary>
    public string Resolve(string named) => System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, named));

    /// <summary>True when <paramref name="path"/> really lies inside the layer's boundary.</summary>
    public bool Holds(string path)
    {
        var real = RealPath.Of(path);
        return Boundary.Any(b => RealPath.IsUnder(real, b));
    }
}

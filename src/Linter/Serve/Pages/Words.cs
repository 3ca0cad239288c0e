using GoalLint.Check.Findings;
using GoalLint.Shared.Messages;

namespace GoalLint.Serve.Pages;

/// <summary>
/// The Chinese a reviewer reads for the workbench's ids: severities and finding categories by the
/// names the reports use, decisions, roles and upload states. All of it comes from the message
/// catalogue; the ids stay ASCII in the database, URLs and exports.
/// </summary>
public static class Words
{
    /// <summary>Severity ids in the order the filters list them.</summary>
    public static readonly IReadOnlyList<string> SeverityIds = ["error", "warning", "info"];

    /// <summary>Decision ids, with the two states that are not verdicts: undecided, and a waiver awaiting a lead.</summary>
    public static readonly IReadOnlyList<string> DecisionIds = ["none", "sendback", "accept", "waive", "waive-pending"];

    /// <summary>Upload states, as the uploads table's CHECK constraint allows them.</summary>
    public static readonly IReadOnlyList<string> UploadStatusIds = ["queued", "reading", "checking", "done", "failed"];

    public static string Category(string id) => Named("category." + id, id);

    public static string Severity(string id) => Named("severity." + id, id);

    public static string Decision(string id) => Named("workbench.decision." + id, id);

    public static string Role(string id) => Named("workbench.role." + id, id);

    public static string UploadStatus(string id) => Named("workbench.upload." + id, id);

    /// <summary>An id the catalogue does not know (a city's own category) is shown as it is.</summary>
    private static string Named(string key, string id) => MessageCatalogue.Contains(key) ? MessageCatalogue.Text(key) : id;
}

/// <summary>Severity ids as stored: the lower-case names the JSON report uses.</summary>
public static class Severities
{
    public static string Name(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}

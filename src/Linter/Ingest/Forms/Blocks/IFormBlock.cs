namespace GoalLint.Ingest.Forms.Blocks;

/// <summary>
/// A block a form prints beside its header fields and indicator block (a funds table, goals under
/// column labels), switched on by the form's spec (forms.yaml <c>read.blocks</c>). One instance
/// reads one table.
/// </summary>
internal interface IFormBlock
{
    /// <summary>Whether <paramref name="row"/> opens the block (its column header or label); the block reads what the row holds.</summary>
    bool Opens(Row row);

    /// <summary>Reads a row inside the open block; false when the row is not the block's (a header field line between).</summary>
    bool Read(Row row);

    /// <summary>Puts what the block read on its table.</summary>
    void Finish();
}

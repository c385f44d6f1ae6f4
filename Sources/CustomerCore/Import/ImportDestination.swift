import Foundation

/// Where an import's rows go: the part of an import that differs between backends (the SQLite
/// file writes in slices under a marker, PostgreSQL in one transaction). `ImportProcedure` does the
/// rest — reading, converting, checking, counting, cancelling — the same for both, so that the same
/// file gives the same `ImportSummary` on either.
public protocol ImportDestination: AnyObject {
    /// The custom fields the directory has now, by position.
    func customFieldDefinitions() throws -> [CustomFieldDefinition]

    /// Runs `body`, a real import's whole writing: what it wrote stays only if it returns, and is
    /// gone whole when it throws (a cancel, a refusal, a failure half-way).
    func allOrNothing(_ body: () throws -> Void) throws

    /// Before the first row, inside `allOrNothing`: the group the rows join (its name put in
    /// `summary.groupName`) and the custom fields `plan` writes to, created when new.
    func begin(_ plan: ImportPlan, now: Date, summary: inout ImportSummary) throws

    /// How many rows `write` takes at once now (SQLite adapts its slices to other counters).
    var rowsPerWrite: Int { get }

    /// Inserts `rows` in order with their custom values, joining them to the group.
    func write(_ rows: [ConvertedImportRow]) throws

    /// Now and then, how much of the file is read (`fileSize` is the reader's).
    func progress(bytesRead: Int)

    /// After the last row, still inside `allOrNothing`: ends the writing, and counts the new
    /// profiles that share an email or phone with a profile before them, or have a similar name at
    /// the same street address (what `ImportDuplicateLookout` counts in a dry run).
    func finish() throws -> Int

    /// A dry run's look-up: whether a stored profile has this normalised email or this E.164 phone,
    /// or a name `similar` accepts at this address key (empty: none).
    func storedProfileMatches(email: String?, phoneE164: String?, addressKey: String,
                              similar: ([(given: String, family: String)]) -> Bool) throws -> Bool
}

/// What a caller will do with the database it opens, which decides what a missing or damaged
/// file means (issue 16, point 4).
public enum StoreAccess: Sendable {
    /// Only reads: a missing file is a mistyped path (`StoreError.noDatabase`, nothing created),
    /// and a file that looks damaged is opened read-only so that what is sound can still be read.
    case reads
    /// May write: a missing file is a new shop's database (created with its folder, as at a first
    /// start), and a file that looks damaged is refused before anything is written.
    case writes
}

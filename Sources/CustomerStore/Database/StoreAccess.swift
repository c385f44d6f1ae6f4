/// What a caller will do with the database it opens, which decides what a missing or damaged
/// file means (issue 16, point 4).
public enum StoreAccess: Sendable {
    /// Only reads: a missing file is a mistyped path (`StoreError.noDatabase`, nothing created),
    /// and a file that looks damaged is opened read-only so that what is sound can still be read.
    case reads
    /// May write: a missing file is a new shop's database (created with its folder, as at a first
    /// start), and a file that looks damaged is refused before anything is written.
    case writes
    /// The interface: a person looks customers up and saves changes. A missing file is created, as
    /// for `.writes` (the first start offers the demo data); a file that looks damaged opens read-only,
    /// as for `.reads` — the directory can still be searched, and each save says why it cannot be.
    case browses

    /// Whether a missing file is a new shop's database (else a mistyped path).
    public var createsMissingFile: Bool {
        switch self {
        case .reads: false
        case .writes, .browses: true
        }
    }

    /// Whether a file that looks damaged is opened read-only (else refused before anything is written).
    var readsDamagedFile: Bool {
        switch self {
        case .reads, .browses: true
        case .writes: false
        }
    }
}

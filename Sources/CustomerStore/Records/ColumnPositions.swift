import Foundation
import GRDB

/// Where a statement's columns are, found by name in one of its rows. Rows are decoded by the
/// names their SELECT gives, never by where a column happens to sit; a statement that yields many
/// rows (an export, the duplicate scan) looks its names up once, here, and then reads each row by
/// position, so a million rows cost no name lookups.
struct ColumnPositions {
    private let positions: [String: Int]

    init(_ row: Row) {
        var positions: [String: Int] = [:]
        for (index, name) in row.columnNames.enumerated() where positions[name] == nil { positions[name] = index }
        self.positions = positions
    }

    /// Where `name` is. A name the SELECT does not give is a mistake in our SQL: it stops here, named.
    subscript(_ name: String) -> Int {
        guard let position = positions[name] else {
            preconditionFailure("no column \(name) in the row (it has \(positions.keys.sorted().joined(separator: ", ")))")
        }
        return position
    }
}

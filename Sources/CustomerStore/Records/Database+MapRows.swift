import Foundation
import GRDB

extension Database {
    /// Every row of `sql`, decoded by `decode` while the statement steps. Why not `Row.fetchAll`:
    /// a copied row finds a column by name by comparing the name, case-folded, with each of its
    /// columns in turn; a stepping row looks it up in its statement's table of names.
    func mapRows<T>(sql: String, arguments: StatementArguments = StatementArguments(), _ decode: (Row) throws -> T) throws -> [T] {
        let rows = try Row.fetchCursor(self, sql: sql, arguments: arguments)
        var decoded: [T] = []
        while let row = try rows.next() { decoded.append(try decode(row)) }
        return decoded
    }
}

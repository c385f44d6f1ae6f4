import CustomerCore
import Foundation
import PostgresNIO

/// One result row, read by column name (or position). Decoding failures name the column.
public struct PGRow: @unchecked Sendable {
    let cells: PostgresRandomAccessRow

    init(_ row: PostgresRow) { cells = row.makeRandomAccess() }

    public func int(_ column: String) throws -> Int64 { try cells[column].decode(Int64.self) }
    public func int(_ index: Int) throws -> Int64 { try cells[index].decode(Int64.self) }
    public func optionalInt(_ column: String) throws -> Int64? { try cells[column].decode(Int64?.self) }
    public func optionalInt(_ index: Int) throws -> Int64? { try cells[index].decode(Int64?.self) }
    public func text(_ column: String) throws -> String { try cells[column].decode(String.self) }
    public func text(_ index: Int) throws -> String { try cells[index].decode(String.self) }
    public func optionalText(_ column: String) throws -> String? { try cells[column].decode(String?.self) }
    public func optionalText(_ index: Int) throws -> String? { try cells[index].decode(String?.self) }
    public func double(_ column: String) throws -> Double { try cells[column].decode(Double.self) }
    /// A 0/1 flag column.
    public func flag(_ column: String) throws -> Bool { try int(column) != 0 }
    public func bytes(_ column: String) throws -> ByteBuffer { try cells[column].decode(ByteBuffer.self) }
    public func bytes(_ index: Int) throws -> ByteBuffer { try cells[index].decode(ByteBuffer.self) }
    public func contains(_ column: String) -> Bool { cells.contains(column) }
    public var count: Int { cells.count }
}

extension PGRow {
    /// A cell as the backends' common currency (`migrate-to`, a backup): integers and text.
    public func storedValue(_ index: Int) throws -> StoredValue {
        let cell = cells[index]
        if cell.bytes == nil { return .null }
        switch cell.dataType {
        case .int8, .int4, .int2: return .integer(try cell.decode(Int64.self))
        case .text, .varchar: return .text(try cell.decode(String.self))
        default:
            throw StoreError.fileProblem("the column \(cell.columnName) holds a \(cell.dataType) value, which Clientele never stores")
        }
    }
}

import Foundation
import PostgresNIO

/// A value a statement binds to a `?` (or `$n`): integers, text, floats, bytes and nil. The store
/// keeps the SQLite file's representations (times as integer milliseconds, flags as 0/1), so that a
/// row means the same on both backends and `migrate-to` copies values unchanged.
public protocol PGBindable: Sendable {
    func append(to bindings: inout PostgresBindings) throws
}

extension Int64: PGBindable {
    public func append(to bindings: inout PostgresBindings) throws { try bindings.append(self) }
}

extension Int: PGBindable {
    public func append(to bindings: inout PostgresBindings) throws { try bindings.append(Int64(self)) }
}

extension Int32: PGBindable {
    public func append(to bindings: inout PostgresBindings) throws { try bindings.append(Int64(self)) }
}

extension String: PGBindable {
    public func append(to bindings: inout PostgresBindings) throws { try bindings.append(self) }
}

extension Double: PGBindable {
    public func append(to bindings: inout PostgresBindings) throws { try bindings.append(self) }
}

/// A flag is bound as 0 or 1, as it is stored (`INTEGER CHECK (x IN (0,1))` on both backends).
extension Bool: PGBindable {
    public func append(to bindings: inout PostgresBindings) throws { try bindings.append(Int64(self ? 1 : 0)) }
}

extension Optional: PGBindable where Wrapped: PGBindable {
    public func append(to bindings: inout PostgresBindings) throws {
        switch self {
        case .some(let value): try value.append(to: &bindings)
        case .none: bindings.appendNull()
        }
    }
}

/// Bytes for a `bytea` column (a document's content, a chunk at a time).
public struct PGBytes: PGBindable {
    public let buffer: ByteBuffer

    public init(_ bytes: some Sequence<UInt8>) { buffer = ByteBuffer(bytes: bytes) }
    public init(buffer: ByteBuffer) { self.buffer = buffer }

    public func append(to bindings: inout PostgresBindings) throws { try bindings.append(buffer) }
}

/// A whole array bound as one parameter (`= ANY(?)`, `unnest(?)`): ids, or a column of a batch.
public struct PGArray<Element: PostgresArrayEncodable & Sendable>: PGBindable {
    public let values: [Element]

    public init(_ values: [Element]) { self.values = values }

    public func append(to bindings: inout PostgresBindings) throws { try bindings.append(values) }
}

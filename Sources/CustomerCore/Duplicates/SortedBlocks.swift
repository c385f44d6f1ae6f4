import Foundation

/// Cuts rows read sorted by a key into blocks of one key each, handing over every block of two or
/// more as soon as it is complete: one block in memory at a time. Both backends read their duplicate
/// blocks (shared email, phone, address key, postal code) through it, so that they cut them alike.
public struct SortedBlocks<Element> {
    private var currentKey: String?
    private var current: [Element] = []
    private let body: (String, [Element]) -> Void

    public init(_ body: @escaping (String, [Element]) -> Void) { self.body = body }

    /// The next row, in key order.
    public mutating func add(key: String, _ element: Element) {
        if key != currentKey {
            flush()
            currentKey = key
        }
        current.append(element)
    }

    /// Hands over the last block; call once after the last row.
    public mutating func finish() { flush() }

    private mutating func flush() {
        if let currentKey, current.count > 1 { body(currentKey, current) }
        current.removeAll(keepingCapacity: true)
    }
}

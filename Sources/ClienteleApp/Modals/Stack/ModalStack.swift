/// The modals open over the panes, bottom to top. The top one owns the keyboard; they draw in
/// order. Found by type, never by hand-written index searches.
public struct ModalStack: Equatable, Sendable, ExpressibleByArrayLiteral {
    private var items: [any ModalContent]

    public init(_ items: [any ModalContent] = []) { self.items = items }
    public init(arrayLiteral elements: any ModalContent...) { items = elements }

    public var isEmpty: Bool { items.isEmpty }
    public var count: Int { items.count }
    public var top: (any ModalContent)? { items.last }
    /// Bottom to top, for drawing.
    public var all: [any ModalContent] { items }

    public mutating func push(_ modal: any ModalContent) { items.append(modal) }

    @discardableResult
    public mutating func pop() -> (any ModalContent)? { items.popLast() }

    /// The top modal when it is a `T`.
    public func top<T: ModalContent>(as type: T.Type) -> T? { items.last as? T }

    /// The topmost modal of type `T`, wherever it is in the stack.
    public func first<T: ModalContent>(_ type: T.Type) -> T? { items.last { $0 is T } as? T }

    public func contains<T: ModalContent>(_ type: T.Type) -> Bool { items.contains { $0 is T } }

    /// Pops the top modal when it is a `T`.
    public mutating func pop<T: ModalContent>(_ type: T.Type) {
        if items.last is T { items.removeLast() }
    }

    /// Removes every modal of type `T`.
    public mutating func removeAll<T: ModalContent>(_ type: T.Type) { items.removeAll { $0 is T } }

    /// Changes the topmost `T` in place; nil (and nothing changes) when none is open.
    @discardableResult
    public mutating func update<T: ModalContent, Result>(_ type: T.Type, _ change: (inout T) -> Result) -> Result? {
        guard let index = items.lastIndex(where: { $0 is T }), var modal = items[index] as? T else { return nil }
        let result = change(&modal)
        items[index] = modal
        return result
    }

    /// Puts a modal back where it was taken from (see `ModalContent.handle`); clamped in case
    /// the handler closed modals below it.
    mutating func reinsert(_ modal: any ModalContent, at index: Int) {
        items.insert(modal, at: min(index, items.count))
    }

    public static func == (lhs: ModalStack, rhs: ModalStack) -> Bool {
        lhs.items.count == rhs.items.count && zip(lhs.items, rhs.items).allSatisfy { sameValue($0, $1) }
    }
}

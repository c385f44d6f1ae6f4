import Foundation

/// A reminder that is due, with the name of the customer it is about.
public struct DueReminder: Hashable, Sendable {
    public var note: Note
    public var customerName: String

    public init(note: Note, customerName: String) {
        self.note = note
        self.customerName = customerName
    }
}
